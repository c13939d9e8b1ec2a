import { api, type CaptureDetail } from '../api.js';
import { breakable, copyText, el, formatBytes, timeAgo, toast } from '../dom.js';
import { navigate } from '../router.js';
import { bodyView, decodeBase64 } from './body-view.js';
import { replayHistory, storedResponse } from './capture-stored.js';
import { parsedFields } from './parsed-fields.js';
import { replayEditor } from './replay-editor.js';
import { verdictBox, verdictTag } from './verdict-box.js';

function strictText(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** One capture: verdict, what hookyard answered, replays, the editor, parsed fields, body, headers. */
export function captureDetail(capture: CaptureDetail, onDeleted: (id: string) => void): HTMLElement[] {
  const id = encodeURIComponent(capture.id);
  const bytes = decodeBase64(capture.bodyBase64);
  const text = strictText(bytes);
  // The stream's capture.replayed event redraws the history after each send.
  const history = replayHistory(capture);
  const reloadHistory = (): void => undefined;
  const link = `${location.origin}${location.pathname}#/captures/${id}`;
  return [
    el('button', { type: 'button', class: 'link back', onclick: () => navigate({ view: 'captures' }) }, '← All captures'),
    el(
      'header',
      { class: 'detail-head' },
      el('h2', {}, ...breakable(`${capture.method} /in/${capture.channel}${capture.path}`)),
      el(
        'p',
        { class: 'muted meta' },
        verdictTag(capture.verdict),
        ' · ',
        timeAgo(capture.receivedAt),
        ` · ${formatBytes(capture.size)} · from ${capture.remoteAddress ?? 'unknown'} · `,
        el('a', { href: `#/captures/${id}`, 'data-testid': 'capture-link', title: link }, 'link to this capture'),
      ),
    ),
    verdictBox(capture.verdict),
    el(
      'div',
      { class: 'actions' },
      el(
        'button',
        {
          type: 'button',
          onclick: async () =>
            toast(
              (await copyText(await api.text(`/captures/${id}/curl`)))
                ? 'Copied a curl command that sends the same bytes'
                : 'The clipboard is not available here',
              'ok',
            ),
        },
        'Copy as curl',
      ),
      el(
        'button',
        {
          type: 'button',
          onclick: async () => {
            try {
              const saved = await api.post<{ path: string }>(`/captures/${id}/fixture`);
              toast(`Saved as a fixture: ${saved.path}`);
            } catch (error) {
              toast(`Saving the fixture failed: ${(error as Error).message}`, 'error');
            }
          },
        },
        'Save as fixture',
      ),
      el(
        'button',
        {
          type: 'button',
          class: 'danger',
          onclick: async () => {
            try {
              await api.del(`/captures/${id}`);
              toast('Capture deleted');
              onDeleted(capture.id);
            } catch (error) {
              toast(`Deleting failed: ${(error as Error).message}`, 'error');
            }
          },
        },
        'Delete',
      ),
    ),
    storedResponse(capture),
    history,
    el(
      'details',
      { class: 'editor-box', 'data-testid': 'replay-editor', open: true },
      el('summary', {}, 'Edit & send to your app'),
      replayEditor(capture, text, reloadHistory),
    ),
    ...parsedFields(capture.query, capture.contentType, text),
    el('h3', {}, 'Body'),
    bodyView(bytes),
    el('h3', {}, `Headers (${capture.headers.length})`),
    el(
      'table',
      { class: 'kv', 'data-testid': 'capture-headers' },
      el('tbody', {}, ...capture.headers.map(([name, value]) => el('tr', {}, el('th', {}, name), el('td', {}, value)))),
    ),
  ];
}
