export { stripeProfile } from './definition.js';
export type { StripeEndpoint, StripeState } from './state.js';
