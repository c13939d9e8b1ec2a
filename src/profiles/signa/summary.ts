/** Control-API hooks: the neutral endpoint fields in Signa's terms, and the secrets that sign deliveries. */
import { neutralEndpoints } from '../kit/index.js';
import { enabledEventsFields } from '../shared/enabled-events-fields.js';
import { activeSecrets } from './endpoints.js';
import type { SignaEndpoint, SignaState } from './state.js';

export const signaNeutral = neutralEndpoints<SignaState, SignaEndpoint>('signa', (state) => state.endpoints, {
  id: (e) => e.id,
  ...enabledEventsFields('active'),
  // Signa redacts the secret entirely after create/rotate: no masked form.
  secretMasked: () => null,
  createdAt: (e) => e.created_at,
  updatedAt: (e) => e.updated_at,
});

export function signaSigningSecrets(state: SignaState, endpointId: string, now: number): string[] {
  const endpoint = state.endpoints.find((e) => e.id === endpointId);
  return endpoint ? activeSecrets(endpoint, now) : [];
}
