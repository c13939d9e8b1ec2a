/**
 * A tiny stand-in for the mount layer, used by the signa, alerting and appkit tests: it matches a
 * route, builds a fake ProfileRequest (seeded randomBytes, settable clock), runs the handler and
 * renders a thrown ProfileError through the profile's envelope.
 */
import { createHash } from 'node:crypto';
import {
  ProfileError,
  type ApiKey,
  type DeployEnv,
  type HttpMethod,
  type ProfileDefinition,
  type ProfileDeps,
  type RouteDef,
} from '../../../src/profiles/types.js';

export interface CallResult {
  status: number;
  body: any;
  headers: Record<string, string>;
  /** The matched route, or undefined for a 404/405. */
  route?: RouteDef<unknown>;
}

export interface Caller<State> {
  state: State;
  deps: ProfileDeps;
  clock: { now: number };
  call(
    method: HttpMethod,
    path: string,
    options?: { body?: unknown; headers?: Record<string, string>; apiKey?: ApiKey },
  ): Promise<CallResult>;
}

/** Deterministic "random" bytes: sha256(seed:counter) blocks. */
export function seededRandomBytes(seed: string): (size: number) => Uint8Array {
  let counter = 0;
  return (size) => {
    const out = new Uint8Array(size);
    let filled = 0;
    while (filled < size) {
      const block = createHash('sha256').update(`${seed}:${counter++}`).digest();
      const take = Math.min(block.length, size - filled);
      out.set(block.subarray(0, take), filled);
      filled += take;
    }
    return out;
  };
}

export const FIXED_NOW = Date.parse('2026-06-12T09:30:00.000Z');

export function makeCaller<State>(
  profile: ProfileDefinition<State>,
  options: { env?: DeployEnv; seed?: string; now?: number } = {},
): Caller<State> {
  const clock = { now: options.now ?? FIXED_NOW };
  const deps: ProfileDeps = {
    now: () => clock.now,
    randomBytes: seededRandomBytes(options.seed ?? 'test'),
    env: options.env ?? 'sandbox',
  };
  const state = profile.initialState();
  const defaultKey = profile.defaultApiKeys[0];
  if (!defaultKey) throw new Error(`${profile.id} has no default API key`);

  const render = (e: ProfileError): CallResult => ({
    status: e.status,
    body: profile.renderError({ status: e.status, code: e.code, message: e.message, field: e.field, extra: e.extra?.body }, deps),
    headers: { ...(e.extra?.headers ?? {}) },
  });

  return {
    state,
    deps,
    clock,
    async call(method, fullPath, callOptions = {}) {
      const [path = '', search = ''] = fullPath.split('?');
      const candidates = profile.routes.map((r) => ({ route: r, params: matchPath(r.path, path) })).filter((c) => c.params);
      const hit = candidates.find((c) => c.route.method === method);
      if (!hit?.params) {
        const status = candidates.length > 0 ? 405 : 404;
        return render(new ProfileError(status, profile.errorCodes.notFound, `No route ${method} ${path}`));
      }
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(callOptions.headers ?? {})) headers[k.toLowerCase()] = v;
      const rawBody = callOptions.body === undefined ? new Uint8Array() : new TextEncoder().encode(JSON.stringify(callOptions.body));
      try {
        const response = await hit.route.handler({
          method,
          path,
          params: hit.params,
          query: new URLSearchParams(search),
          headers,
          body: callOptions.body,
          rawBody,
          apiKey: callOptions.apiKey ?? defaultKey,
          state,
          deps,
          via: 'api',
        });
        // Round-trip through JSON, as the wire does, so tests see what a client would.
        const body = response.body === undefined ? undefined : JSON.parse(JSON.stringify(response.body));
        return { status: response.status, body, headers: { ...(response.headers ?? {}) }, route: hit.route as RouteDef<unknown> };
      } catch (error) {
        if (error instanceof ProfileError) return { ...render(error), route: hit.route as RouteDef<unknown> };
        throw error;
      }
    },
  };
}

function matchPath(pattern: string, path: string): Record<string, string> | undefined {
  const p = pattern.split('/');
  const a = path.split('/');
  if (p.length !== a.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    const seg = p[i] ?? '';
    const actual = a[i] ?? '';
    if (seg.startsWith(':')) {
      if (actual === '') return undefined;
      params[seg.slice(1)] = decodeURIComponent(actual);
    } else if (seg !== actual) return undefined;
  }
  return params;
}
