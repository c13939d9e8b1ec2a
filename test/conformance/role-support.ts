/** What the role suites share: the control API, each provider's own routes over HTTP, endpoints to act on. */
import { expect, it } from 'vitest';
import type { HookyardHandle } from '../../src/server/start-hookyard.js';
import type { EndpointSummary, ProfileDefinition, RouteDef } from '../../src/profiles/types.js';
import type { RouteRole } from '../../src/profiles/definition/request.js';

type Profile = ProfileDefinition<any>;
type Route = RouteDef<any>;

export interface Answer {
  status: number;
  body: any;
  text: string;
}

async function answer(r: Response): Promise<Answer> {
  const text = await r.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  return { status: r.status, body, text };
}

/** The workbench's own control API (`/_yard/api`). */
export async function control(yard: HookyardHandle, method: string, path: string, body?: unknown): Promise<Answer> {
  const r = await fetch(`${yard.url}/_yard/api${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return answer(r);
}

export const listed = async (yard: HookyardHandle, profile: string): Promise<EndpointSummary[]> =>
  (await control(yard, 'GET', `/endpoints?profile=${profile}`)).body as EndpointSummary[];

export const withRole = (profile: Profile, role: RouteRole): Route[] => profile.routes.filter((r) => r.role === role);

export const paramsOf = (path: string): string[] => [...path.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]!);

/** The routes' name for the endpoint id: where a control route says `:id`, its own route may say `:webhookId`. */
export function idParamOf(profile: Profile): string {
  for (const [operation, control] of Object.entries(profile.controlRoutes)) {
    const own = profile.routes.find((r) => r.role === operation && r.method === control?.method);
    if (!control || !own) continue;
    const mine = own.path.split('/');
    const at = control.path.split('/').indexOf(':id');
    if (at >= 0 && mine[at]?.startsWith(':')) return mine[at]!.slice(1);
  }
  return 'id';
}

/** The parameters an endpoint fills in a path: its id and the scope it lives under. */
export function endpointParams(profile: Profile, endpoint: EndpointSummary): Record<string, string> {
  return { [idParamOf(profile)]: endpoint.id, ...(endpoint.scope ?? {}) };
}

export const fills = (path: string, params: Record<string, string>): boolean => paramsOf(path).every((p) => params[p] !== undefined);

/** Calls one of the provider's own routes over HTTP, authenticated the way its auth wants (bearer, signed request). */
export async function callRoute(
  yard: HookyardHandle,
  profile: Profile,
  route: { method: string; path: string },
  params: Record<string, string>,
  body?: unknown,
): Promise<Answer> {
  const path = route.path.replace(/:([A-Za-z]+)/g, (_, name: string) => encodeURIComponent(params[name] ?? `:${name}`));
  const wirePath = `${profile.mount}${path}`;
  const text = body === undefined ? '' : JSON.stringify(body);
  const key = profile.defaultApiKeys[0]!;
  const auth = profile.auth.requestHeaders(key, {
    method: route.method,
    path: wirePath,
    search: '',
    body: text,
    now: yard.workbench.clock.now(),
  });
  const r = await fetch(`${yard.url}${wirePath}`, {
    method: route.method,
    headers: { ...auth, ...(text ? { 'content-type': 'application/json' } : {}) },
    body: text || undefined,
  });
  return answer(r);
}

let made = 0;

/** A fresh capture channel of the workbench itself, as a delivery URL. */
export function captureUrl(yard: HookyardHandle): { url: string; channel: string } {
  const channel = `roles-${++made}`;
  return { url: `${yard.url}/in/${channel}`, channel };
}

/** Creates one endpoint through the control API (the provider's create route); returns it as the endpoint list shows it. */
export async function createEndpoint(yard: HookyardHandle, profile: Profile, url: string): Promise<EndpointSummary> {
  const before = new Set((await listed(yard, profile.id)).map((e) => e.id));
  const created = await control(yard, 'POST', '/endpoints', { profile: profile.id, url, events: profile.events.types.slice(0, 1) });
  expect(created.status, created.text).toBeLessThan(300);
  const made = (await listed(yard, profile.id)).filter((e) => !before.has(e.id));
  expect(made).toHaveLength(1);
  return made[0]!;
}

/**
 * An endpoint that `route` can act on: one made through the control API when its scope fills the
 * route (repository hooks), else one made over HTTP through the create route of the same scope
 * (GitHub's organization hooks), with the scope parameters the control API does not know set to `roles`.
 */
export async function endpointFor(yard: HookyardHandle, profile: Profile, route: Route, url: string): Promise<EndpointSummary> {
  // The route's scope: its parameters a create route takes too (not the endpoint's id, not a delivery's).
  const scopes = new Set(withRole(profile, 'create').flatMap((c) => paramsOf(c.path)));
  const wanted = paramsOf(route.path).filter((p) => scopes.has(p));
  const fromControl = await createEndpoint(yard, profile, url);
  const known = endpointParams(profile, fromControl);
  if (wanted.every((p) => known[p] !== undefined)) return fromControl;
  const create = withRole(profile, 'create').find((c) => {
    const own = paramsOf(c.path);
    return own.length === wanted.length && own.every((p) => wanted.includes(p));
  });
  if (!create) throw new Error(`${profile.id}: no create route for the scope of ${route.method} ${route.path}`);
  const before = new Set((await listed(yard, profile.id)).map((e) => e.id));
  const params = Object.fromEntries(wanted.map((p) => [p, 'roles']));
  const body = profile.controlBodies!.create({ url, events: profile.events.types.slice(0, 1) });
  const created = await callRoute(yard, profile, create, params, body);
  expect(created.status, created.text).toBeLessThan(300);
  const made = (await listed(yard, profile.id)).filter((e) => !before.has(e.id));
  expect(made).toHaveLength(1);
  return made[0]!;
}

/** Whether `value` occurs anywhere in `body` as a string or number (ids are numbers in GitHub's JSON). */
export function mentions(body: unknown, value: string): boolean {
  if (typeof body === 'string' || typeof body === 'number') return String(body) === value;
  if (Array.isArray(body)) return body.some((v) => mentions(v, value));
  if (body && typeof body === 'object') return Object.values(body).some((v) => mentions(v, value));
  return false;
}

/** Whether some object in `body` has a member `key` whose value is `value` (as a string or number). */
export function hasMember(body: unknown, key: string, value: string): boolean {
  if (Array.isArray(body)) return body.some((v) => hasMember(v, key, value));
  if (!body || typeof body !== 'object') return false;
  const own = Object.hasOwn(body, key) ? (body as Record<string, unknown>)[key] : undefined;
  if ((typeof own === 'string' || typeof own === 'number') && String(own) === value) return true;
  return Object.values(body).some((v) => hasMember(v, key, value));
}

/** The first value of a member named `key` in `body`, depth first, objects before their members. */
export function firstMember(body: unknown, key: string): string | undefined {
  if (Array.isArray(body)) {
    for (const v of body) {
      const found = firstMember(v, key);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (!body || typeof body !== 'object') return undefined;
  const own = (body as Record<string, unknown>)[key];
  if (Object.hasOwn(body, key) && (typeof own === 'string' || typeof own === 'number')) return String(own);
  for (const v of Object.values(body)) {
    const found = firstMember(v, key);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** An id of the same form as `id` (same length, same character classes) that no endpoint has. */
export function unknownLike(id: string, taken: ReadonlySet<string>): string {
  const classes = ['0123456789', 'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
  for (let at = id.length - 1; at >= 0; at--) {
    const chars = classes.find((c) => c.includes(id[at]!));
    for (const c of chars ?? '') {
      const candidate = `${id.slice(0, at)}${c}${id.slice(at + 1)}`;
      if (c !== id[at] && !taken.has(candidate) && !(at === 0 && c === '0' && /^\d+$/.test(id))) return candidate;
    }
  }
  throw new Error(`no unknown id like ${id}`);
}

/** Member paths of a JSON value (`error.code`), array members left out: an envelope's shape. */
export function shape(value: unknown, prefix = ''): string[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([k, v]) => [`${prefix}${k}`, ...shape(v, `${prefix}${k}.`)]);
}

/** Runs `suite` for each route playing `role`; a provider without one shows the role as skipped. */
export function eachRoute(profile: Profile, role: RouteRole, suite: (route: Route, name: string) => void): void {
  const routes = withRole(profile, role);
  if (routes.length === 0) it.runIf(false)(`${role}: ${profile.id} declares no ${role} route`, () => {});
  for (const route of routes) suite(route, `${role} (${route.method} ${route.path})`);
}
