/** Control-API hooks. Alerting endpoints have no event filter: each receives every alert event. */
import { neutralEndpoints, readOnly, sameField } from '../kit/index.js';
import { maskSecret } from './format.js';
import type { AlertingEndpoint, AlertingState } from './state.js';

export const ALERTING_EVENTS = ['alert.triggered', 'alert.acknowledged', 'alert.resolved'] as const;
export const ALERTING_TEST_EVENT = 'alert.test';

export const alertingNeutral = neutralEndpoints<AlertingState, AlertingEndpoint>('alerting', (state) => state.endpoints, {
  id: (e) => e.id,
  url: sameField('url'),
  // No event filter and no enabled flag: every endpoint takes every alert.* event.
  events: readOnly(() => ALERTING_EVENTS),
  active: readOnly(() => true),
  description: sameField('name'),
  status: () => 'active',
  secretMasked: (e) => maskSecret(e.signingSecret),
  createdAt: (e) => e.createdAt,
  updatedAt: (e) => e.updatedAt,
  // A create needs a name; the secret is issued by the API when signing is on and none is given.
  createDefaults: { name: 'hookyard endpoint', signingEnabled: true, signingSecret: '' },
});

/** Deliveries are signed only while `signingEnabled`; otherwise no secret signs. */
export function alertingSigningSecrets(state: AlertingState, endpointId: string): string[] {
  const endpoint = state.endpoints.find((e) => e.id === endpointId);
  return endpoint?.signingEnabled ? [endpoint.signingSecret] : [];
}
