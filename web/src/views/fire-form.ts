import { api, humanError, type DeliveryMetaView, type EndpointView, type ProfileView } from '../api.js';
import { el, replace, toast } from '../dom.js';
import { deliveryOutcome, outcomeOk } from './delivery-words.js';

/** "2 deliveries: delivered, 200 in 12 ms; failed: 500, next retry at 10:42:05". */
export function fireOutcome(deliveries: DeliveryMetaView[]): { text: string; ok: boolean } {
  if (deliveries.length === 0) return { text: 'no active endpoint subscribes to this event, so nothing was sent', ok: false };
  const parts = deliveries.map((d) => `${d.endpointId}: ${deliveryOutcome(d)}`);
  return {
    text: deliveries.length === 1 ? deliveryOutcome(deliveries[0]!) : `${deliveries.length} deliveries — ${parts.join('; ')}`,
    ok: deliveries.every(outcomeOk),
  };
}

/**
 * Fire any catalogue event: each field labelled for what it sets (per profile, so labels are
 * unique on the page), the JSON deep-merged into the event, and the final body shown before sending.
 */
export function fireForm(profile: ProfileView, endpoints: EndpointView[], after: () => Promise<void>): HTMLElement {
  const t = profile.title;
  const eventType = el('select', { 'aria-label': `${t} event type` }, ...profile.events.map((type) => el('option', { value: type }, type)));
  const target = el(
    'select',
    { 'aria-label': `${t} endpoint to deliver to` },
    el('option', { value: '' }, 'every subscribed endpoint'),
    ...endpoints.map((e) =>
      el('option', { value: e.id, title: e.url }, `${e.id} (${e.url.length > 40 ? `${e.url.slice(0, 39)}…` : e.url})`),
    ),
  );
  const merge = el('textarea', {
    rows: '4',
    class: 'editor',
    'aria-label': `${t} JSON to merge into the event`,
    spellcheck: 'false',
    placeholder: '{"data": {"…": "…"}} — merged key by key into the event below',
  });
  const preview = el('pre', { class: 'body', 'data-testid': 'fire-preview', 'aria-label': `${t} event body to send` });
  const problem = el('p', { class: 'bad', role: 'alert', hidden: true });
  const result = el('p', { class: 'send-result', 'data-testid': 'fire-result', role: 'status' });
  let seq = 0;

  const parseMerge = (): { ok: true; value: unknown } | { ok: false; message: string } => {
    if (!merge.value.trim()) return { ok: true, value: undefined };
    try {
      const value = JSON.parse(merge.value) as unknown;
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        return { ok: false, message: 'The JSON to merge must be an object, e.g. {"data": {"amount": 5}}.' };
      return { ok: true, value };
    } catch (error) {
      return { ok: false, message: `The JSON to merge is not valid: ${(error as Error).message}` };
    }
  };
  const updatePreview = async (): Promise<void> => {
    const mine = ++seq;
    const parsed = parseMerge();
    problem.hidden = parsed.ok;
    if (!parsed.ok) {
      problem.textContent = parsed.message;
      return;
    }
    try {
      const { body } = await api.post<{ body: string }>('/events/preview', {
        profile: profile.id,
        type: eventType.value,
        endpointId: target.value || undefined,
        merge: parsed.value,
      });
      if (mine === seq) preview.textContent = JSON.stringify(JSON.parse(body), null, 2);
    } catch (error) {
      if (mine === seq) preview.textContent = humanError(error, 'Preview');
    }
  };
  for (const control of [eventType, target, merge]) control.addEventListener('input', () => void updatePreview());

  const form = el(
    'form',
    {
      class: 'fire-form',
      onsubmit: async (event: Event) => {
        event.preventDefault();
        const parsed = parseMerge();
        if (!parsed.ok) {
          problem.hidden = false;
          problem.textContent = parsed.message;
          return;
        }
        replace(result, 'Sending…');
        try {
          const answer = await api.post<{ deliveries: DeliveryMetaView[] }>('/events', {
            profile: profile.id,
            type: eventType.value,
            endpointId: target.value || undefined,
            merge: parsed.value,
          });
          const outcome = fireOutcome(answer.deliveries);
          replace(
            result,
            el('span', { class: outcome.ok ? 'good' : 'bad' }, `${outcome.ok ? '✓' : '✗'} ${eventType.value}: ${outcome.text}`),
          );
          toast(`Fired ${eventType.value}: ${outcome.text}`, outcome.ok ? 'ok' : 'error');
        } catch (error) {
          const message = humanError(error, `Firing ${eventType.value}`);
          replace(result, el('span', { class: 'bad' }, `✗ ${message}`));
          toast(message, 'error');
        }
        await after();
      },
    },
    el(
      'div',
      { class: 'row-form' },
      el('label', { class: 'field' }, 'Event type', eventType),
      el('label', { class: 'field' }, 'Deliver to', target),
    ),
    el('label', { class: 'field' }, 'JSON to merge into the event (optional)', merge),
    problem,
    el('div', { class: 'field' }, el('span', {}, 'Body that will be sent (placeholders are filled in again when sent)'), preview),
    el('div', { class: 'row-form' }, el('button', { type: 'submit' }, 'Fire event')),
    result,
  );
  const details = el('details', { class: 'fire' }, el('summary', {}, 'Fire an event'), form);
  details.addEventListener('toggle', () => {
    if (details.open) void updatePreview();
  });
  return details;
}
