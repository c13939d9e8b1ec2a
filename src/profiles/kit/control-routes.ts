import type { ControlOperation, ControlRoute, HttpMethod, RouteDef } from '../types.js';

const OPERATIONS: readonly ControlOperation[] = ['create', 'update', 'rotate', 'delete'];

export interface ControlRouteOptions {
  /** The routes' name for the endpoint id (appkit `:webhookId`); the control API passes it as `:id`. */
  idParam?: string;
  /**
   * Path parameters the create route is called with when the caller names none, filled in at
   * definition time (GitHub creates in the `hookyard/sandbox` repository, Svix in the `hookyard` app).
   */
  createIn?: Readonly<Record<string, string>>;
  /** The method to use where one role has routes with several (Svix updates with PATCH, not PUT). */
  methods?: Partial<Record<ControlOperation, HttpMethod>>;
}

/**
 * The control API's endpoint operations, read off the routes' roles, so the definition does not
 * restate paths. When several routes play a role (GitHub's repository and organization hooks),
 * the first is used and each later one is its `otherwise`, taken when the endpoint lacks one of
 * the earlier path's parameters; a path without parameters always applies, so nothing follows it.
 */
export function controlRoutesFrom<State>(
  routes: readonly RouteDef<State>[],
  options: string | ControlRouteOptions = {},
): Partial<Record<ControlOperation, ControlRoute>> {
  const { idParam = 'id', createIn = {}, methods = {} } = typeof options === 'string' ? { idParam: options } : options;
  const out: Partial<Record<ControlOperation, ControlRoute>> = {};
  for (const operation of OPERATIONS) {
    const method = methods[operation];
    const paths = routes
      .filter((r) => r.role === operation && (method === undefined || r.method === method))
      .map((r) => ({ method: r.method, path: fill(r.path.replace(`:${idParam}`, ':id'), operation === 'create' ? createIn : {}) }));
    const route = chain(paths);
    if (route) out[operation] = route;
  }
  return out;
}

function fill(path: string, params: Readonly<Record<string, string>>): string {
  return path.replace(/:([A-Za-z]+)/g, (whole, name: string) => (Object.hasOwn(params, name) ? params[name]! : whole));
}

function chain(routes: readonly { method: HttpMethod; path: string }[]): ControlRoute | undefined {
  const [first, ...rest] = routes;
  if (!first) return undefined;
  const otherwise = first.path.includes(':') ? chain(rest) : undefined;
  return otherwise ? { ...first, otherwise } : first;
}
