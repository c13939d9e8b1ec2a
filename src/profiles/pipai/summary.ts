import type { EndpointSummary } from '../types.js';
import type { PipaiState } from './state.js';

export function listPipaiEndpoints(state: PipaiState): EndpointSummary[] {
  return state.webhooks.map((w) => ({
    id: w.id,
    profile: 'pipai',
    url: w.url,
    events: [...w.events],
    status: w.status,
    active: w.status === 'active',
    description: w.description,
    // PipAI shows no masked form: the secret is simply never returned again.
    secretMasked: null,
    createdAt: w.created_at,
    updatedAt: null,
  }));
}

export function pipaiSigningSecrets(state: PipaiState, id: string): string[] {
  const webhook = state.webhooks.find((w) => w.id === id);
  return webhook ? [webhook.secret] : [];
}
