/** Control-API hooks: the neutral endpoint fields in Svix's terms, and the secrets that sign deliveries. */
import { neutralEndpoints, sameField } from '../kit/index.js';
import { activeSecrets } from './endpoints.js';
import type { SvixEndpoint, SvixState } from './state.js';

export const svixNeutral = neutralEndpoints<SvixState, SvixEndpoint>('svix', (state) => state.endpoints, {
  id: (e) => e.id,
  url: sameField('url'),
  // No filterTypes means every event type: an empty neutral list is left out of a create and clears on update.
  events: {
    read: (e) => e.filterTypes ?? [],
    body: 'filterTypes',
    toBody: (events, kind) => (events.length > 0 ? events : kind === 'update' ? null : undefined),
  },
  description: { read: (e) => e.description || null, body: 'description' },
  active: { read: (e) => !e.disabled, body: 'disabled', toBody: (active) => !active, updateOnly: true },
  status: (e) => (e.disabled ? 'disabled' : 'enabled'),
  // GET …/secret/ shows the key in full; the list shows none.
  secretMasked: () => null,
  createdAt: (e) => e.createdAt,
  updatedAt: (e) => e.updatedAt,
  scope: (e) => ({ appId: e.appId }),
});

export function svixSigningSecrets(state: SvixState, endpointId: string, now: number): string[] {
  const endpoint = state.endpoints.find((e) => e.id === endpointId);
  return endpoint ? activeSecrets(endpoint, now) : [];
}
