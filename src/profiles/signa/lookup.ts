import type { SignaEndpoint, SignaState } from './state.js';
import { signaCodes, signaErrors } from './errors.js';
import { findOr404 } from '../kit/index.js';

/** The endpoint or a Stripe-style 404 `resource_missing`. */
export function findEndpoint(state: SignaState, id: string | undefined): SignaEndpoint {
  return findOr404(
    state.endpoints,
    (e) => e.id === id,
    () => signaErrors.error(404, signaCodes.resourceMissing, `No such webhook endpoint: '${id ?? ''}'.`, 'id'),
  );
}
