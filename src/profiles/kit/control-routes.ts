import type { ControlOperation, ControlRoute, RouteDef } from '../types.js';

const OPERATIONS: readonly ControlOperation[] = ['create', 'update', 'rotate', 'delete'];

/**
 * The control API's endpoint operations, read off the routes' roles, so the definition does not
 * restate paths. `idParam` is the route's name for the endpoint id (appkit `:webhookId`); the
 * control API passes it as `:id`.
 */
export function controlRoutesFrom<State>(
  routes: readonly RouteDef<State>[],
  idParam = 'id',
): Partial<Record<ControlOperation, ControlRoute>> {
  const out: Partial<Record<ControlOperation, ControlRoute>> = {};
  for (const operation of OPERATIONS) {
    const route = routes.find((r) => r.role === operation);
    if (route) out[operation] = { method: route.method, path: route.path.replace(`:${idParam}`, ':id') };
  }
  return out;
}
