import type { AlertingEndpoint } from './state.js';
import { maskSecret } from './format.js';

/** The seed's `endpoint` object: the secret only ever masked. */
export function endpointJson(e: AlertingEndpoint): Record<string, unknown> {
  return {
    id: e.id,
    name: e.name,
    url: e.url,
    signingEnabled: e.signingEnabled,
    signingSecretMasked: maskSecret(e.signingSecret),
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}
