export { svixProfile } from './svix-profile.js';
export type { SvixApp, SvixEndpoint, SvixMessage, SvixState } from './svix-state.js';
