/** Control-API hooks: the profile-neutral endpoint view and the secrets that sign deliveries. */
import type { EndpointSummary } from '../types.js';
import { activeSecrets } from './endpoints.js';
import type { SignaState } from './state.js';

export function listSignaEndpoints(state: SignaState): EndpointSummary[] {
  return state.endpoints.map((e) => ({
    id: e.id,
    profile: 'signa',
    url: e.url,
    events: [...e.enabled_events],
    status: e.status,
    active: e.status === 'active',
    description: e.description,
    // Signa redacts the secret entirely after create/rotate: no masked form.
    secretMasked: null,
    createdAt: e.created_at,
    updatedAt: e.updated_at,
  }));
}

export function signaSigningSecrets(state: SignaState, endpointId: string, now: number): string[] {
  const endpoint = state.endpoints.find((e) => e.id === endpointId);
  return endpoint ? activeSecrets(endpoint, now) : [];
}
