/** Control-API hooks. Alerting endpoints have no event filter: each receives every alert event. */
import type { EndpointSummary } from '../types.js';
import { maskSecret } from './format.js';
import type { AlertingState } from './state.js';

export const ALERTING_EVENTS = ['alert.triggered', 'alert.acknowledged', 'alert.resolved'] as const;
export const ALERTING_TEST_EVENT = 'alert.test';

export function listAlertingEndpoints(state: AlertingState): EndpointSummary[] {
  return state.endpoints.map((e) => ({
    id: e.id,
    profile: 'alerting',
    url: e.url,
    events: [...ALERTING_EVENTS],
    status: 'active',
    active: true,
    description: e.name,
    secretMasked: maskSecret(e.signingSecret),
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  }));
}

/** Deliveries are signed only while `signingEnabled`; otherwise no secret signs. */
export function alertingSigningSecrets(state: AlertingState, endpointId: string): string[] {
  const endpoint = state.endpoints.find((e) => e.id === endpointId);
  return endpoint?.signingEnabled ? [endpoint.signingSecret] : [];
}
