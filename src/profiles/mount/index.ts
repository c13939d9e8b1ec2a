export { handleProfileRequest } from './handle-request.js';
export type { MountContext, MountedRequest, MountedResponse } from './handle-request.js';
export { authenticate, hasScope } from './authenticate.js';
export { findSimulatedError } from './simulate.js';
export { compileRoutes, matchRoute } from './route-matcher.js';
export { invokeControlRoute, ControlRouteError } from './invoke-profile.js';
export type { ControlOperation } from '../types.js';
export { mountNodeRequest, profileFor } from './mount-node.js';
