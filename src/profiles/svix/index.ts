export { svixProfile } from './definition.js';
export type { SvixApp, SvixEndpoint, SvixMessage, SvixState } from './state.js';
