import { api, type AttemptView, type DeliveryView } from '../api.js';
import { el, formatTime, replace, toast } from '../dom.js';
import type { StreamEvent } from '../stream.js';

function attemptRow(attempt: AttemptView, onOpen: () => void): HTMLElement {
  return el('li', { class: `attempt ${attempt.ok ? 'ok' : 'failed'}` },
    el('button', { type: 'button', class: 'link', onclick: onOpen },
      `#${attempt.number} ${formatTime(attempt.at)} → ${attempt.status ?? attempt.errorKind ?? 'error'} (${Math.round(attempt.durationMs)} ms)`));
}

/** Each event's deliveries and their attempts as a timeline, with request and response. */
export function deliveriesView(): { element: HTMLElement; refresh(): Promise<void>; onStream(event: StreamEvent): void } {
  const list = el('div', { class: 'stack' });
  const detail = el('section', { class: 'detail', 'aria-label': 'Attempt detail' }, el('p', { class: 'muted' }, 'Choose an attempt.'));
  const element = el('div', { class: 'split', 'data-testid': 'deliveries-view' }, el('section', { class: 'list-pane scroll' }, list), detail);

  const showAttempt = (delivery: DeliveryView, attempt: AttemptView): void => {
    replace(detail,
      el('h2', {}, `${delivery.eventType} → ${delivery.url}`),
      el('p', { class: 'muted' }, `attempt ${attempt.number} at ${formatTime(attempt.at)}, ${attempt.ok ? 'succeeded' : `failed (${attempt.errorKind ?? attempt.status})`}`),
      el('h3', {}, 'Request headers'),
      el('table', { class: 'kv' }, el('tbody', {}, ...Object.entries(attempt.request?.headers ?? {}).map(([k, v]) => el('tr', {}, el('th', {}, k), el('td', {}, v))))),
      el('h3', {}, 'Request body'), el('pre', { class: 'body' }, attempt.request?.body ?? ''),
      el('h3', {}, `Response ${attempt.status ?? ''}`),
      el('pre', { class: 'body' }, attempt.response ? `${attempt.response.body}${attempt.response.truncated ? '\n… (truncated at 64 KiB)' : ''}` : '(no response)'));
  };

  const refresh = async (): Promise<void> => {
    const deliveries = await api.get<DeliveryView[]>('/deliveries?limit=500');
    replace(list, deliveries.length === 0 ? el('p', { class: 'muted' }, 'Fire an event from Endpoints to see its deliveries.') : null,
      ...deliveries.map((d) => el('article', { class: 'card delivery', 'data-delivery': d.id },
        el('header', { class: 'card-head' },
          el('strong', {}, d.eventType), el('code', {}, d.endpointId), el('span', { class: `pill ${d.state === 'succeeded' ? 'ok' : d.state === 'pending' ? 'pending' : 'failed'}` }, d.state),
          d.nextAttemptAt ? el('span', { class: 'muted small' }, `next try ${formatTime(d.nextAttemptAt)}`) : null,
          el('button', { type: 'button', onclick: async () => {
            try {
              await api.post(`/deliveries/${encodeURIComponent(d.id)}/retry`);
              toast('Retry sent');
            } catch (error) {
              toast((error as Error).message, 'error');
            }
            await refresh();
          } }, 'Retry')),
        el('ol', { class: 'attempts' }, ...d.attempts.map((a) => attemptRow(a, () => showAttempt(d, a)))))));
  };

  return {
    element,
    refresh,
    onStream(event) {
      if (event.type === 'delivery.attempt') void refresh();
    },
  };
}
