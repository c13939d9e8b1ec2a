/** Control-API hooks: the profile-neutral endpoint view and the secrets that sign deliveries. */
import type { EndpointSummary } from '../types.js';
import { activeSecrets } from './endpoints.js';
import type { SvixState } from './state.js';

export function listSvixEndpoints(state: SvixState): EndpointSummary[] {
  return state.endpoints.map(
    (e): EndpointSummary => ({
      id: e.id,
      profile: 'svix',
      url: e.url,
      events: e.filterTypes ? [...e.filterTypes] : [],
      status: e.disabled ? 'disabled' : 'enabled',
      active: !e.disabled,
      description: e.description || null,
      // GET …/secret/ shows the key in full; the list shows none.
      secretMasked: null,
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
      scope: { appId: e.appId },
    }),
  );
}

export function svixSigningSecrets(state: SvixState, endpointId: string, now: number): string[] {
  const endpoint = state.endpoints.find((e) => e.id === endpointId);
  return endpoint ? activeSecrets(endpoint, now) : [];
}
