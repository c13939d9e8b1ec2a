/** Control-API hooks: the neutral endpoint fields in Signalbase's terms, and the secret that signs deliveries. */
import { neutralEndpoints, readOnly, sameField } from '../kit/index.js';
import type { SignalbaseState, SignalbaseWebhook } from './state.js';

export const signalbaseNeutral = neutralEndpoints<SignalbaseState, SignalbaseWebhook>('signalbase', (state) => state.webhooks, {
  id: (w) => w.id,
  url: sameField('endpoint_url'),
  events: sameField('event_types'),
  description: readOnly(() => null),
  active: { ...sameField<SignalbaseWebhook, boolean>('active'), updateOnly: true },
  status: (w) => (w.deleted_at ? 'deleted' : w.active ? 'active' : 'inactive'),
  secretMasked: (w) => `…${w.secret.slice(-4)}`,
  createdAt: (w) => w.created_at,
  updatedAt: (w) => w.updated_at,
});

export function signalbaseSigningSecrets(state: SignalbaseState, id: string): string[] {
  const webhook = state.webhooks.find((w) => w.id === id);
  return webhook ? [webhook.secret] : [];
}
