import { api } from '../api.js';
import { el, toast } from '../dom.js';

interface SchemeInfo {
  id: string;
  name: string;
}

/** Per-channel scheme, secrets and custom response (PUT /_yard/api/channels/<name>). */
export function channelSettings(): HTMLElement {
  const name = el('input', { 'aria-label': 'Channel name', placeholder: 'channel (e.g. payments)', required: true });
  const scheme = el('select', { 'aria-label': 'Channel scheme' }, el('option', { value: '' }, 'detect from headers'));
  const secrets = el('textarea', {
    'aria-label': 'Channel secrets, one per line (current first)',
    rows: '2',
    class: 'editor',
    placeholder: 'secrets, one per line (current first)',
  });
  const status = el('input', { type: 'number', min: '100', max: '599', 'aria-label': 'Response status', placeholder: 'status (200)' });
  const form = el(
    'form',
    {
      class: 'row-form',
      'data-testid': 'channel-settings',
      onsubmit: async (event: Event) => {
        event.preventDefault();
        const lines = secrets.value
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean);
        try {
          await api.put(`/channels/${encodeURIComponent(name.value.trim())}`, {
            scheme: scheme.value || undefined,
            secrets: lines.length ? lines : undefined,
            response: status.value ? { status: Number(status.value) } : undefined,
          });
          toast(`Channel ${name.value.trim()} saved: new captures there verify with it`);
        } catch (error) {
          toast((error as Error).message, 'error');
        }
      },
    },
    name,
    scheme,
    secrets,
    status,
    el('button', { type: 'submit' }, 'Save channel'),
  );
  api
    .get<SchemeInfo[]>('/schemes')
    .then((list) => {
      for (const s of list) scheme.appendChild(el('option', { value: s.id }, `${s.id} — ${s.name}`));
    })
    .catch(() => undefined);
  return el('details', { class: 'channel-settings' }, el('summary', {}, 'Channel settings'), form);
}
