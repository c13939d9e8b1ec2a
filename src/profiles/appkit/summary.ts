/** Control-API hooks: endpoints carry their `appId` as scope. */
import type { EndpointSummary } from '../types.js';
import type { AppkitState } from './state.js';

export function listAppkitEndpoints(state: AppkitState): EndpointSummary[] {
  return state.endpoints.map((e) => ({
    id: e.id,
    profile: 'appkit',
    url: e.url,
    events: [...e.events],
    status: e.active ? 'active' : 'inactive',
    active: e.active,
    description: null,
    // appkit never shows the secret after create: no masked form.
    secretMasked: null,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    scope: { appId: e.appId },
  }));
}

/** Only the current secret: rotation invalidates the old one at once. */
export function appkitSigningSecrets(state: AppkitState, endpointId: string): string[] {
  const endpoint = state.endpoints.find((e) => e.id === endpointId);
  return endpoint ? [endpoint.secret] : [];
}
