export { stripeProfile } from './stripe-profile.js';
export type { StripeEndpoint, StripeState } from './stripe-state.js';
