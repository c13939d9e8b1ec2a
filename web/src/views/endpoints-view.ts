import { api, type EndpointView, type ProfileView } from '../api.js';
import { el, replace, toast } from '../dom.js';
import type { StreamEvent } from '../stream.js';

const path = (e: EndpointView): string => `/endpoints/${encodeURIComponent(e.profile)}/${encodeURIComponent(e.id)}`;

async function act(label: string, run: () => Promise<unknown>, after: () => Promise<void>): Promise<void> {
  try {
    const result = await run();
    const secret = (result as { secret?: string } | undefined)?.secret;
    toast(secret ? `${label}: new secret ${secret} (shown once)` : `${label}: done`);
  } catch (error) {
    toast(`${label}: ${(error as Error).message}`, 'error');
  }
  await after();
}

/** Endpoints per profile: create, rotate, disable, test, delete, and fire any catalogue event. */
export function endpointsView(): { element: HTMLElement; refresh(): Promise<void>; onStream(event: StreamEvent): void } {
  const element = el('div', { class: 'stack', 'data-testid': 'endpoints-view' });
  let profiles: ProfileView[] = [];

  const refresh = async (): Promise<void> => {
    profiles = await api.get<ProfileView[]>('/profiles');
    const endpoints = await api.get<EndpointView[]>('/endpoints');
    replace(element, ...profiles.map((profile) => profileSection(profile, endpoints.filter((e) => e.profile === profile.id))));
  };

  function profileSection(profile: ProfileView, endpoints: EndpointView[]): HTMLElement {
    const url = el('input', { type: 'url', placeholder: 'https://your-app.test/webhooks', 'aria-label': `${profile.title} endpoint URL`, class: 'grow', value: 'http://127.0.0.1:3000/webhooks' });
    const events = profile.events.filter((e) => e !== profile.testEvent);
    const eventBoxes = events.map((type) => el('label', { class: 'check' }, el('input', { type: 'checkbox', value: type, checked: true }), type));
    const create = el('form', { class: 'row-form', onsubmit: (event: Event) => {
      event.preventDefault();
      const chosen = eventBoxes.map((l) => l.querySelector('input')!).filter((i) => i.checked).map((i) => i.value);
      void act('Create', () => api.post('/endpoints', { profile: profile.id, url: url.value, events: chosen }), refresh);
    } }, url, el('button', { type: 'submit' }, 'Create endpoint'));

    const eventType = el('select', { 'aria-label': `${profile.title} event type` }, ...profile.events.map((t) => el('option', { value: t }, t)));
    const payload = el('textarea', { rows: '4', class: 'editor', 'aria-label': 'Payload overrides (JSON for data, optional)', placeholder: '{ "data": { … } } — optional overrides' });
    const fire = el('form', { class: 'row-form', onsubmit: (event: Event) => {
      event.preventDefault();
      let overrides: unknown;
      try {
        overrides = payload.value.trim() ? JSON.parse(payload.value) : undefined;
      } catch (error) {
        toast(`The payload is not valid JSON: ${(error as Error).message}`, 'error');
        return;
      }
      void act('Fire', () => api.post('/events', { profile: profile.id, type: eventType.value, overrides }), refresh);
    } }, eventType, el('button', { type: 'submit' }, 'Fire event'));

    return el('section', { class: 'card', 'aria-label': profile.title, 'data-profile': profile.id },
      el('header', { class: 'card-head' },
        el('h2', {}, profile.title),
        el('code', {}, profile.mount),
        el('span', { class: 'muted small' }, `key ${profile.apiKeys[0]?.key ?? '—'} · signs with ${profile.deliveryScheme}`)),
      endpoints.length === 0
        ? el('p', { class: 'muted' }, 'No endpoints yet.')
        : el('table', { class: 'grid' },
            el('thead', {}, el('tr', {}, ...['Endpoint', 'URL', 'Events', 'Status', 'Secret', ''].map((h) => el('th', {}, h)))),
            el('tbody', {}, ...endpoints.map((e) => el('tr', { 'data-endpoint': e.id },
              el('td', {}, el('code', {}, e.id)),
              el('td', { class: 'wrap' }, e.url),
              el('td', { class: 'wrap' }, e.events.join(', ')),
              el('td', {}, el('span', { class: `pill ${e.active ? 'ok' : 'failed'}` }, e.status)),
              el('td', {}, e.secretMasked ?? '—'),
              el('td', { class: 'buttons' },
                el('button', { type: 'button', onclick: () => void act('Test', () => api.post(`${path(e)}/test`), refresh) }, 'Send test'),
                el('button', { type: 'button', onclick: () => void act('Rotate', () => api.post(`${path(e)}/rotate`), refresh) }, 'Rotate secret'),
                el('button', { type: 'button', onclick: () => void act(e.active ? 'Disable' : 'Enable', () => api.patch(path(e), { active: !e.active }), refresh) }, e.active ? 'Disable' : 'Enable'),
                el('button', { type: 'button', class: 'danger', onclick: () => void act('Delete', () => api.del(path(e)), refresh) }, 'Delete')))))),
      el('details', {}, el('summary', {}, 'New endpoint'), create, el('div', { class: 'checks' }, ...eventBoxes)),
      el('details', {}, el('summary', {}, 'Fire an event'), fire, payload));
  }

  return {
    element,
    refresh,
    onStream(event) {
      if (event.type === 'endpoint.changed') void refresh();
    },
  };
}
