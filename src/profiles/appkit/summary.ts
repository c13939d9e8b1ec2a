/** Control-API hooks: endpoints carry their `appId` as scope. */
import { neutralEndpoints, readOnly, sameField } from '../kit/index.js';
import type { AppkitEndpoint, AppkitState } from './state.js';

export const appkitNeutral = neutralEndpoints<AppkitState, AppkitEndpoint>('appkit', (state) => state.endpoints, {
  id: (e) => e.id,
  url: sameField('url'),
  events: sameField('events'),
  description: readOnly(() => null),
  active: { ...sameField<AppkitEndpoint, boolean>('active'), updateOnly: true },
  status: (e) => (e.active ? 'active' : 'inactive'),
  // appkit never shows the secret after create: no masked form.
  secretMasked: () => null,
  createdAt: (e) => e.createdAt,
  updatedAt: (e) => e.updatedAt,
  scope: (e) => ({ appId: e.appId }),
});

/** Only the current secret: rotation invalidates the old one at once. */
export function appkitSigningSecrets(state: AppkitState, endpointId: string): string[] {
  const endpoint = state.endpoints.find((e) => e.id === endpointId);
  return endpoint ? [endpoint.secret] : [];
}
