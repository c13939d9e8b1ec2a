export { controlApi } from './control-api.js';
export { controlRouteGroups } from './route-groups.js';
export type { ControlParts, RouteGroup } from './route-groups.js';
