import { api, type AttemptView, type DeliveryView } from '../api.js';
import { breakable, el, formatTime, replace, timeAgo, toast } from '../dom.js';
import type { Route } from '../router.js';
import { deliveryOutcome } from './delivery-words.js';
import type { View } from './view.js';

const kv = (testid: string, headers: Record<string, string>): HTMLElement =>
  el(
    'table',
    { class: 'kv', 'data-testid': testid },
    el('tbody', {}, ...Object.entries(headers).map(([k, v]) => el('tr', {}, el('th', {}, k), el('td', {}, v)))),
  );

function attemptRow(delivery: DeliveryView, attempt: AttemptView): HTMLElement {
  return el(
    'li',
    { class: `attempt ${attempt.ok ? 'ok' : 'failed'}` },
    el(
      'a',
      { href: `#/deliveries/${encodeURIComponent(delivery.id)}/${attempt.number}`, class: 'link', role: 'button' },
      `#${attempt.number} ${formatTime(attempt.at)} → ${attempt.status ?? attempt.errorKind ?? 'error'} ${attempt.ok ? '✓' : '✗'} (${Math.round(attempt.durationMs)} ms)`,
    ),
  );
}

/** Each event's deliveries and their attempts as a timeline, with request and response. */
export function deliveriesView(): View {
  const list = el('div', { class: 'stack' });
  const detail = el('section', { class: 'detail', 'aria-label': 'Attempt detail' });
  const element = el(
    'div',
    { class: 'split', 'data-testid': 'deliveries-view' },
    el('section', { class: 'list-pane scroll', 'aria-label': 'Deliveries' }, list),
    detail,
  );
  let deliveries: DeliveryView[] = [];
  let route: Route = { view: 'deliveries' };

  const showAttempt = (delivery: DeliveryView, attempt: AttemptView): void => {
    replace(
      detail,
      el('a', { class: 'link back', href: '#/deliveries' }, '← All deliveries'),
      el('h2', { class: 'url-heading' }, ...breakable(`${delivery.eventType} → ${delivery.url}`)),
      el(
        'p',
        { class: 'muted' },
        `attempt ${attempt.number} at ${formatTime(attempt.at)}, ${attempt.ok ? `✓ delivered, ${attempt.status}` : `✗ failed (${attempt.errorMessage ?? attempt.errorKind ?? attempt.status})`} in ${Math.round(attempt.durationMs)} ms · `,
        el('a', { href: `#/deliveries/${encodeURIComponent(delivery.id)}/${attempt.number}`, 'data-testid': 'attempt-link' }, 'link'),
      ),
      el('p', {}, `This delivery now: ${deliveryOutcome(delivery)}`),
      el('h3', {}, 'Request headers'),
      kv('attempt-request-headers', attempt.request?.headers ?? {}),
      el('h3', {}, 'Request body'),
      el('pre', { class: 'body' }, attempt.request?.body ?? ''),
      el('h3', {}, `Response ${attempt.status ?? ''}`),
      attempt.response ? kv('attempt-response-headers', attempt.response.headers) : null,
      el(
        'pre',
        { class: 'body', 'data-testid': 'attempt-response-body' },
        attempt.response ? `${attempt.response.body}${attempt.response.truncated ? '\n… (truncated at 64 KiB)' : ''}` : '(no response)',
      ),
    );
  };

  const draw = (): void => {
    element.dataset.detail = String(Boolean(route.id));
    for (const card of list.querySelectorAll('article.delivery'))
      card.classList.toggle('selected', card.getAttribute('data-delivery') === route.id);
    if (!route.id) {
      replace(
        detail,
        el('p', { class: 'muted' }, deliveries.length ? 'Select an attempt to see its request and response.' : 'Nothing delivered yet.'),
      );
      return;
    }
    const delivery = deliveries.find((d) => d.id === route.id);
    if (!delivery) {
      // A link to a delivery older than the listed page: fetch it by itself.
      const wanted = route.id;
      api
        .get<DeliveryView>(`/deliveries/${encodeURIComponent(wanted)}`)
        .then((found) => {
          if (route.id !== wanted) return;
          deliveries = [...deliveries, found];
          draw();
        })
        .catch(() => {
          if (route.id === wanted)
            replace(
              detail,
              el('a', { class: 'link back', href: '#/deliveries' }, '← All deliveries'),
              el('h2', {}, 'Delivery not found'),
              el('p', {}, `No delivery ${wanted} (it may be older than the ones kept).`),
            );
        });
      replace(detail, el('p', { class: 'muted' }, 'Loading…'));
      return;
    }
    const attempt = delivery.attempts.find((a) => String(a.number) === route.sub) ?? delivery.attempts.at(-1);
    if (attempt) showAttempt(delivery, attempt);
    else
      replace(
        detail,
        el('a', { class: 'link back', href: '#/deliveries' }, '← All deliveries'),
        el('h2', {}, `${delivery.eventType} → ${delivery.url}`),
        el('p', {}, deliveryOutcome(delivery)),
      );
  };

  const refresh = async (): Promise<void> => {
    deliveries = await api.get<DeliveryView[]>('/deliveries?limit=500');
    replace(
      list,
      deliveries.length === 0
        ? el(
            'div',
            { class: 'empty' },
            el('h2', {}, 'No deliveries yet'),
            el(
              'p',
              { class: 'muted' },
              'Fire an event or send a test from the Endpoints view, and each attempt to your app shows up here.',
            ),
            el('a', { href: '#/endpoints' }, 'Go to Endpoints'),
          )
        : null,
      ...deliveries.map((d) =>
        el(
          'article',
          { class: 'card delivery', 'data-delivery': d.id },
          el(
            'header',
            { class: 'card-head' },
            el('a', { href: `#/deliveries/${encodeURIComponent(d.id)}` }, el('strong', {}, d.eventType)),
            el('code', {}, d.endpointId),
            el(
              'span',
              { class: `pill ${d.state === 'succeeded' ? 'ok' : d.state === 'pending' ? 'pending' : 'failed'}` },
              `${d.state === 'succeeded' ? '✓' : d.state === 'pending' ? '…' : '✗'} ${d.state}`,
            ),
            d.attempts[0] ? timeAgo(d.attempts[0].at) : null,
            el(
              'button',
              {
                type: 'button',
                onclick: async () => {
                  try {
                    const { delivery } = await api.post<{ delivery: DeliveryView }>(`/deliveries/${encodeURIComponent(d.id)}/retry`);
                    toast(`Retried: ${deliveryOutcome(delivery)}`, delivery.attempts.at(-1)?.ok ? 'ok' : 'error');
                  } catch (error) {
                    toast(`Retrying failed: ${(error as Error).message}`, 'error');
                  }
                  await refresh();
                },
              },
              'Retry',
            ),
          ),
          el('p', { class: 'outcome small' }, deliveryOutcome(d)),
          el('ol', { class: 'attempts' }, ...d.attempts.map((a) => attemptRow(d, a))),
        ),
      ),
    );
    draw();
  };

  return {
    element,
    refresh,
    show(next) {
      route = next;
      draw();
      if (next.id) list.querySelector(`[data-delivery="${CSS.escape(next.id)}"]`)?.scrollIntoView({ block: 'nearest' });
    },
    onStream(event) {
      if (event.type === 'delivery.attempt') void refresh();
    },
  };
}
