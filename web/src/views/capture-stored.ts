import type { CaptureDetail } from '../api.js';
import { el, formatTime, timeAgo } from '../dom.js';

const kv = (testid: string, rows: Array<[string, string]>): HTMLElement =>
  el(
    'table',
    { class: 'kv', 'data-testid': testid },
    el('tbody', {}, ...rows.map(([k, v]) => el('tr', {}, el('th', {}, k), el('td', {}, v)))),
  );

/** What hookyard answered the sender: status, headers, body and the delay it waited. */
export function storedResponse(capture: CaptureDetail): HTMLElement {
  const r = capture.response;
  return el(
    'section',
    { class: 'stored', 'data-testid': 'stored-response' },
    el('h3', {}, 'Hookyard answered'),
    el(
      'p',
      {},
      el('strong', {}, `${r.status}`),
      r.delayMs ? ` after a ${r.delayMs} ms delay` : ' at once',
      r.headers === undefined ? el('span', { class: 'muted' }, ' (headers and body were not recorded for this capture)') : null,
    ),
    r.headers && Object.keys(r.headers).length ? kv('stored-response-headers', Object.entries(r.headers)) : null,
    r.body !== undefined ? (r.body ? el('pre', { class: 'body small-pre' }, r.body) : el('p', { class: 'muted' }, 'empty body')) : null,
  );
}

/** `hookyard listen`'s forward and every replay: where it went, what came back. */
export function replayHistory(capture: CaptureDetail): HTMLElement {
  const replays = capture.forwarded?.history ?? [];
  const forwarded = capture.forwarded;
  const listen = replays.filter((r) => r.via === 'listen').at(-1);
  return el(
    'section',
    { class: 'stored', 'data-testid': 'replay-history' },
    el('h3', {}, 'Forwarded and replayed'),
    listen
      ? el(
          'p',
          { 'data-testid': 'forward-result' },
          `hookyard listen forwarded it to ${listen.url}: `,
          el('strong', {}, listen.status !== null ? `${listen.status}` : `failed (${listen.error ?? 'no answer'})`),
          ` in ${Math.round(listen.durationMs)} ms, `,
          timeAgo(listen.at),
        )
      : forwarded && replays.length === 0
        ? el(
            'p',
            { 'data-testid': 'forward-result' },
            `Forwarded to ${forwarded.url}: `,
            el('strong', {}, forwarded.status !== undefined ? `${forwarded.status}` : `failed (${forwarded.error ?? 'no answer'})`),
            ' ',
            timeAgo(forwarded.at),
          )
        : el('p', { class: 'muted' }, replays.length ? 'Not forwarded by hookyard listen.' : 'Not forwarded or replayed yet.'),
    replays.length
      ? el(
          'ol',
          { class: 'history' },
          ...[...replays]
            .reverse()
            .map((r) =>
              el(
                'li',
                { class: `history-item ${r.status !== null && r.status < 400 ? 'ok' : 'failed'}` },
                el(
                  'details',
                  {},
                  el(
                    'summary',
                    {},
                    `${r.status !== null && r.status < 400 ? '✓' : '✗'} ${r.status ?? 'failed'} · ${r.method} ${r.url} · ${r.via}`,
                    r.edited ? ' · edited' : '',
                    r.resigned ? ` · re-signed (${r.resigned})` : '',
                    ' · ',
                    timeAgo(r.at),
                  ),
                  el('p', { class: 'muted small' }, `${formatTime(r.at)}, ${Math.round(r.durationMs)} ms`),
                  r.error ? el('p', { class: 'bad' }, r.error) : null,
                  r.responseHeaders ? kv('replay-response-headers', Object.entries(r.responseHeaders)) : null,
                  r.responseBody ? el('pre', { class: 'body small-pre' }, r.responseBody) : null,
                ),
              ),
            ),
        )
      : null,
  );
}
