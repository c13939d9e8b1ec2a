import type { ControlOperation, ControlRoute, ProfileDefinition } from '../types.js';
import { hasLoneSurrogate } from '../../guard/index.js';
import { handleProfileRequest, type MountContext, type MountedResponse } from './handle-request.js';

export class ControlRouteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ControlRouteError';
  }
}

function pickControlRoute(route: ControlRoute, params: Record<string, string>): ControlRoute {
  const known = [...route.path.matchAll(/:([A-Za-z]+)/g)].every((m) => params[m[1]!] !== undefined);
  return known || !route.otherwise ? route : pickControlRoute(route.otherwise, params);
}

/**
 * Runs one of the profile's own routes for the control API, as its dashboard would: the same
 * pipeline, acting with the profile's test key, recorded as `via: 'dashboard'`.
 */
export function invokeControlRoute(
  profile: ProfileDefinition<any>,
  ctx: MountContext,
  operation: ControlOperation,
  params: Record<string, string>,
  body?: unknown,
): Promise<MountedResponse> {
  const declared = profile.controlRoutes[operation];
  if (!declared) throw new ControlRouteError(`${profile.title} has no ${operation} operation`);
  const route = pickControlRoute(declared, params);
  const path = route.path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new ControlRouteError(`${profile.title} ${operation} needs "${name}"`);
    if (hasLoneSurrogate(value)) throw new ControlRouteError(`"${name}" contains a lone UTF-16 surrogate`);
    return encodeURIComponent(value);
  });
  const payload = body ?? route.body;
  const rawBody = payload === undefined ? new Uint8Array(0) : new TextEncoder().encode(JSON.stringify(payload));
  const actingKey = profile.defaultApiKeys[0];
  if (!actingKey) throw new ControlRouteError(`${profile.title} has no default API key`);
  return handleProfileRequest(profile, ctx, {
    method: route.method,
    path,
    wirePath: `${profile.mount}${path}`,
    search: '',
    headers: { 'content-type': 'application/json' },
    rawBody,
    via: 'dashboard',
    actingKey,
  });
}
