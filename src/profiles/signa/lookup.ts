import type { SignaEndpoint, SignaState } from './state.js';
import { signaCodes, signaError } from './errors.js';

/** The endpoint or a Stripe-style 404 `resource_missing`. */
export function findEndpoint(state: SignaState, id: string | undefined): SignaEndpoint {
  const endpoint = state.endpoints.find((e) => e.id === id);
  if (!endpoint) throw signaError(404, signaCodes.resourceMissing, `No such webhook endpoint: '${id ?? ''}'.`, 'id');
  return endpoint;
}
