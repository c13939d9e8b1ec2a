import { api, humanError, type CaptureDetail, type ReplayAnswer } from '../api.js';
import { el, replace, toast } from '../dom.js';

interface SchemeInfo {
  id: string;
  name: string;
}
let schemes: Promise<SchemeInfo[]> | null = null;

const METHODS = ['POST', 'PUT', 'PATCH', 'DELETE', 'GET', 'HEAD', 'OPTIONS'];
const HOP = new Set(['host', 'content-length', 'connection', 'transfer-encoding', 'keep-alive', 'expect']);

function headerText(headers: Array<[string, string]>): string {
  return headers
    .filter(([n]) => !HOP.has(n.toLowerCase()))
    .map(([n, v]) => `${n}: ${v}`)
    .join('\n');
}

function parseHeaders(text: string): Array<[string, string]> | string {
  const out: Array<[string, string]> = [];
  for (const [i, line] of text.split('\n').entries()) {
    if (!line.trim()) continue;
    const colon = line.indexOf(':');
    if (colon < 1) return `Header line ${i + 1} needs "Name: value".`;
    out.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return out;
}

/**
 * One editor for sending a capture again: URL, method, headers and body, prefilled with what was
 * captured, an optional re-sign (scheme + secret, fresh timestamp), and one Send button. Unchanged
 * fields go out byte-exact; the answer is shown under the button and kept in the replay history.
 */
export function replayEditor(capture: CaptureDetail, bodyText: string | null, onSent: () => void): HTMLElement {
  const id = encodeURIComponent(capture.id);
  const url = el('input', { type: 'url', placeholder: 'http://localhost:3000/webhooks', 'aria-label': 'Replay URL', class: 'grow' });
  url.value = localStorage.getItem('hookyard.replayUrl') ?? '';
  const method = el(
    'select',
    { 'aria-label': 'Replay method' },
    ...[...new Set([capture.method, ...METHODS])].map((m) => el('option', { value: m }, m)),
  );
  method.value = capture.method;
  const originalHeaders = headerText(capture.headers);
  const headers = el('textarea', {
    'aria-label': 'Replay headers, one "Name: value" per line',
    rows: String(Math.min(8, capture.headers.length + 1)),
    class: 'editor',
    spellcheck: 'false',
  });
  headers.value = originalHeaders;
  const body = el('textarea', {
    'aria-label': 'Replay body',
    rows: '6',
    class: 'editor',
    spellcheck: 'false',
    disabled: bodyText === null,
  });
  body.value = bodyText ?? '(binary body: sent unchanged, byte for byte)';
  const resign = el('input', { type: 'checkbox', 'aria-label': 'Re-sign before sending' });
  const scheme = el('select', { 'aria-label': 'Re-sign scheme' });
  const secret = el('input', {
    type: 'text',
    'aria-label': 'Re-sign secret',
    placeholder: 'signing secret',
    class: 'grow',
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const resignFields = el('div', { class: 'row-form', hidden: true }, scheme, secret);
  resign.addEventListener('change', () => (resignFields.hidden = !resign.checked));
  schemes ??= api.get<SchemeInfo[]>('/schemes');
  void schemes
    .then((list) => {
      for (const s of list) scheme.appendChild(el('option', { value: s.id }, s.name));
      if (capture.verdict?.scheme) scheme.value = capture.verdict.scheme;
    })
    .catch(() => undefined);
  const result = el('div', { class: 'send-result', 'data-testid': 'replay-result', role: 'status' });
  const send = el('button', { type: 'submit', 'data-testid': 'replay' }, 'Send');

  const form = el(
    'form',
    {
      class: 'replay-editor',
      'aria-label': 'Edit and send',
      novalidate: true,
      onsubmit: async (event: Event) => {
        event.preventDefault();
        if (!url.value.trim()) {
          replace(result, el('span', { class: 'bad' }, 'Enter the URL of your app to send this capture to.'));
          url.focus();
          return;
        }
        const list = parseHeaders(headers.value);
        if (typeof list === 'string') {
          replace(result, el('span', { class: 'bad' }, list));
          return;
        }
        if (resign.checked && !secret.value) {
          replace(result, el('span', { class: 'bad' }, 'Enter the secret to re-sign with.'));
          return;
        }
        localStorage.setItem('hookyard.replayUrl', url.value.trim());
        const input: Record<string, unknown> = { url: url.value.trim(), via: 'inspector' };
        if (method.value !== capture.method) input.method = method.value;
        if (headers.value !== originalHeaders) input.headerList = list;
        if (bodyText !== null && body.value !== bodyText) input.body = body.value;
        if (resign.checked) input.resign = { scheme: scheme.value, secret: secret.value };
        send.disabled = true;
        replace(result, el('span', { class: 'muted' }, 'Sending…'));
        try {
          const answer = await api.post<ReplayAnswer>(`/captures/${id}/replay`, input);
          const good = answer.status < 400;
          replace(
            result,
            el(
              'span',
              { class: good ? 'good' : 'bad' },
              `${good ? '✓' : '✗'} ${answer.status} in ${Math.round(answer.durationMs)} ms from ${answer.url}${answer.resigned ? ` (re-signed with ${answer.resigned})` : ''}`,
            ),
            answer.body ? el('pre', { class: 'body small-pre' }, answer.body.slice(0, 2000)) : null,
          );
          toast(`Sent: your app answered ${answer.status} in ${Math.round(answer.durationMs)} ms`);
        } catch (error) {
          const message = humanError(error, 'Sending');
          replace(result, el('span', { class: 'bad' }, `✗ ${message}`));
          toast(message, 'error');
        } finally {
          send.disabled = false;
          onSent();
        }
      },
    },
    el('div', { class: 'row-form' }, method, url),
    el('label', { class: 'field' }, 'Headers', headers),
    el('label', { class: 'field' }, 'Body', body),
    el('div', { class: 'row-form' }, el('label', { class: 'check' }, resign, 'Re-sign with a fresh timestamp'), resignFields),
    el('div', { class: 'row-form' }, send, el('span', { class: 'muted small' }, 'Unchanged fields go out byte for byte.')),
    result,
  );
  return form;
}
