import { api, humanError, type DeliveryMetaView, type EndpointView, type ProfileView } from '../api.js';
import { breakable, el, replace, toast } from '../dom.js';
import type { Route } from '../router.js';
import { fireForm, fireOutcome } from './fire-form.js';
import { revealSecret, showNewSecret } from './secret-dialog.js';
import type { View } from './view.js';

const path = (e: EndpointView): string => `/endpoints/${encodeURIComponent(e.profile)}/${encodeURIComponent(e.id)}`;
const key = (e: EndpointView): string => `${e.profile}/${e.id}`;

/** Endpoints per profile: create, rotate, disable, test, delete, reveal the secret, fire any catalogue event. */
export function endpointsView(): View {
  const element = el('div', { class: 'stack', 'data-testid': 'endpoints-view' });
  let profiles: ProfileView[] = [];
  /** The last action's outcome per endpoint, kept across redraws. */
  const results = new Map<string, { text: string; ok: boolean }>();
  const fireForms = new Map<string, { signature: string; node: HTMLElement }>();
  const createForms = new Map<string, HTMLElement>();

  const refresh = async (): Promise<void> => {
    profiles = await api.get<ProfileView[]>('/profiles');
    const endpoints = await api.get<EndpointView[]>('/endpoints');
    replace(
      element,
      ...profiles.map((profile) =>
        profileSection(
          profile,
          endpoints.filter((e) => e.profile === profile.id),
        ),
      ),
    );
  };

  async function act(
    e: EndpointView | null,
    label: string,
    run: () => Promise<unknown>,
    describe: (result: unknown) => { text: string; ok: boolean },
  ): Promise<void> {
    try {
      const outcome = describe(await run());
      if (e) results.set(key(e), outcome);
      toast(`${label}: ${outcome.text}`, outcome.ok ? 'ok' : 'error');
    } catch (error) {
      const text = humanError(error, label);
      if (e) results.set(key(e), { text, ok: false });
      toast(text, 'error');
    }
    await refresh();
  }
  const done = (text: string) => (): { text: string; ok: boolean } => ({ text, ok: true });
  const withSecret =
    (what: string, text: string) =>
    (result: unknown): { text: string; ok: boolean } => {
      const secret = (result as { secret?: string } | undefined)?.secret;
      if (secret) showNewSecret(what, secret);
      return { text: secret ? `${text}; the new secret is in the dialog` : text, ok: true };
    };

  function endpointRow(profile: ProfileView, e: EndpointView): HTMLElement {
    const result = results.get(key(e));
    return el(
      'tr',
      { 'data-endpoint': e.id },
      el('td', { 'data-label': 'Endpoint' }, el('code', {}, e.id)),
      el('td', { class: 'wrap', 'data-label': 'URL' }, ...breakable(e.url)),
      el('td', { class: 'wrap', 'data-label': 'Events' }, e.events.join(', ')),
      el(
        'td',
        { 'data-label': 'Status' },
        el('span', { class: `pill ${e.active ? 'ok' : 'failed'}` }, `${e.active ? '●' : '○'} ${e.status}`),
      ),
      el(
        'td',
        { 'data-label': 'Secret' },
        el('code', { 'data-testid': 'secret-masked' }, e.secretMasked ?? 'none'),
        ' ',
        el('button', { type: 'button', class: 'small-button', onclick: () => void revealSecret(e.profile, e.id, profile.title) }, 'Reveal'),
      ),
      el(
        'td',
        { class: 'buttons', 'data-label': 'Actions' },
        el(
          'button',
          {
            type: 'button',
            onclick: () =>
              void act(
                e,
                `Test to ${e.url}`,
                () => api.post(`${path(e)}/test`),
                (r) =>
                  fireOutcome([(r as { delivery: DeliveryMetaView | null }).delivery].filter((d): d is DeliveryMetaView => d !== null)),
              ),
          },
          'Send test',
        ),
        el(
          'button',
          {
            type: 'button',
            onclick: () =>
              void act(
                e,
                `Rotate ${e.id}`,
                () => api.post(`${path(e)}/rotate`),
                withSecret(`${profile.title} endpoint ${e.id}`, 'secret rotated'),
              ),
          },
          'Rotate secret',
        ),
        el(
          'button',
          {
            type: 'button',
            onclick: () =>
              void act(
                e,
                e.active ? `Disable ${e.id}` : `Enable ${e.id}`,
                () => api.patch(path(e), { active: !e.active }),
                done(e.active ? 'disabled' : 'enabled'),
              ),
          },
          e.active ? 'Disable' : 'Enable',
        ),
        el(
          'button',
          { type: 'button', class: 'danger', onclick: () => void act(null, `Delete ${e.id}`, () => api.del(path(e)), done('deleted')) },
          'Delete',
        ),
        result
          ? el(
              'p',
              { class: `endpoint-result ${result.ok ? 'good' : 'bad'}`, 'data-testid': 'endpoint-result', role: 'status' },
              `${result.ok ? '✓' : '✗'} ${result.text}`,
            )
          : null,
      ),
    );
  }

  function createForm(profile: ProfileView): HTMLElement {
    const url = el('input', {
      type: 'url',
      placeholder: 'https://your-app.test/webhooks',
      'aria-label': `${profile.title} endpoint URL`,
      class: 'grow',
      value: 'http://127.0.0.1:3000/webhooks',
    });
    const events = profile.events.filter((e) => e !== profile.testEvent);
    const eventBoxes = events.map((type) =>
      el('label', { class: 'check' }, el('input', { type: 'checkbox', value: type, checked: true }), type),
    );
    const create = el(
      'form',
      {
        class: 'row-form',
        novalidate: true,
        onsubmit: (event: Event) => {
          event.preventDefault();
          const chosen = eventBoxes
            .map((l) => l.querySelector('input')!)
            .filter((i) => i.checked)
            .map((i) => i.value);
          if (!url.value.trim()) {
            toast('Enter the URL of your app that should receive the webhooks.', 'error');
            return;
          }
          void act(
            null,
            `Create ${profile.title} endpoint`,
            () => api.post('/endpoints', { profile: profile.id, url: url.value, events: chosen }),
            withSecret(`${profile.title} endpoint`, `created for ${url.value}`),
          );
        },
      },
      url,
      el('button', { type: 'submit' }, 'Create endpoint'),
    );

    return el('details', {}, el('summary', {}, 'New endpoint'), create, el('div', { class: 'checks' }, ...eventBoxes));
  }

  function profileSection(profile: ProfileView, endpoints: EndpointView[]): HTMLElement {
    let creator = createForms.get(profile.id);
    if (!creator) {
      // Kept across redraws, so a refused create keeps what was typed.
      creator = createForm(profile);
      createForms.set(profile.id, creator);
    }
    const signature = endpoints.map((e) => `${e.id}=${e.url}`).join(',');
    let fire = fireForms.get(profile.id);
    if (!fire || fire.signature !== signature) {
      fire = { signature, node: fireForm(profile, endpoints, refresh) };
      fireForms.set(profile.id, fire);
    }

    return el(
      'section',
      { class: 'card', 'aria-label': profile.title, 'data-profile': profile.id, id: `profile-${profile.id}` },
      el(
        'header',
        { class: 'card-head' },
        el('h2', {}, profile.title),
        el('code', { class: 'wrap' }, profile.mount),
        el('span', { class: 'muted small' }, `key ${profile.apiKeys[0]?.key ?? '—'} · signs with ${profile.deliveryScheme}`),
      ),
      endpoints.length === 0
        ? el(
            'p',
            { class: 'muted' },
            'No endpoints yet: create one below, or through the provider API at ',
            el('code', {}, profile.mount),
            '.',
          )
        : el(
            'table',
            { class: 'grid responsive' },
            el('thead', {}, el('tr', {}, ...['Endpoint', 'URL', 'Events', 'Status', 'Secret', 'Actions'].map((h) => el('th', {}, h)))),
            el('tbody', {}, ...endpoints.map((e) => endpointRow(profile, e))),
          ),
      creator,
      fire.node,
    );
  }

  return {
    element,
    refresh,
    show(route: Route) {
      if (route.id) document.getElementById(`profile-${route.id}`)?.scrollIntoView({ block: 'start' });
    },
    onStream(event) {
      if (event.type === 'endpoint.changed') void refresh();
    },
  };
}
