/** Control-API hooks: the neutral endpoint fields in PipAI's terms, and the secret that signs deliveries. */
import { neutralEndpoints, sameField } from '../kit/index.js';
import type { PipaiState, PipaiWebhook } from './state.js';

export const pipaiNeutral = neutralEndpoints<PipaiState, PipaiWebhook>('pipai', (state) => state.webhooks, {
  id: (w) => w.id,
  url: sameField('url'),
  events: sameField('events'),
  description: sameField('description'),
  active: { read: (w) => w.status === 'active', body: 'status', toBody: (active) => (active ? 'active' : 'paused'), updateOnly: true },
  status: (w) => w.status,
  // PipAI shows no masked form: the secret is simply never returned again.
  secretMasked: () => null,
  createdAt: (w) => w.created_at,
  updatedAt: () => null,
});

export function pipaiSigningSecrets(state: PipaiState, id: string): string[] {
  const webhook = state.webhooks.find((w) => w.id === id);
  return webhook ? [webhook.secret] : [];
}
