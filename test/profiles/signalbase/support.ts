/**
 * A tiny request builder for the Signalbase handlers: matches a route of the profile, builds a
 * fake ProfileRequest (seeded randomBytes, settable clock, chosen key and origin), runs the
 * handler and renders a thrown ProfileError through the profile's envelope, as the mount does.
 */
import {
  ProfileError,
  type ApiKey,
  type ChangeOrigin,
  type DeployEnv,
  type HttpMethod,
  type ProfileDeps,
} from '../../../src/profiles/types.js';
import { signalbaseProfile, type SignalbaseState } from '../../../src/profiles/signalbase/index.js';
import { FIXED_NOW, seededRandomBytes } from '../signa/support.js';

export { FIXED_NOW };

export interface SbResult {
  status: number;
  body: any;
  headers: Record<string, string>;
}

export interface SbCallOptions {
  body?: unknown;
  apiKey?: ApiKey;
  via?: ChangeOrigin;
}

export interface SbCaller {
  state: SignalbaseState;
  deps: ProfileDeps;
  clock: { now: number };
  call(method: HttpMethod, path: string, options?: SbCallOptions): Promise<SbResult>;
  /** POST /api/v2/webhooks with a valid body merged with `overrides`. */
  create(overrides?: Record<string, unknown>, options?: SbCallOptions): Promise<SbResult>;
}

export const BASE = '/api/v2/webhooks';
export const TEST_KEY: ApiKey = signalbaseProfile.defaultApiKeys[0]!;
export const validBody = { endpoint_url: 'https://example.com/hooks/signalbase', event_types: ['funding.created', 'hiring.created'] };

function matchPath(pattern: string, path: string): Record<string, string> | undefined {
  const p = pattern.split('/');
  const a = path.split('/');
  if (p.length !== a.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, seg] of p.entries()) {
    const actual = a[i] ?? '';
    if (seg.startsWith(':') && actual !== '') params[seg.slice(1)] = decodeURIComponent(actual);
    else if (seg !== actual) return undefined;
  }
  return params;
}

export function makeSignalbase(options: { env?: DeployEnv; seed?: string; now?: number } = {}): SbCaller {
  const clock = { now: options.now ?? FIXED_NOW };
  const deps: ProfileDeps = {
    now: () => clock.now,
    randomBytes: seededRandomBytes(options.seed ?? 'signalbase'),
    env: options.env ?? 'sandbox',
  };
  const state = signalbaseProfile.initialState();
  const render = (e: ProfileError): SbResult => ({
    status: e.status,
    body: signalbaseProfile.renderError({ status: e.status, code: e.code, message: e.message, field: e.field, extra: e.extra?.body }, deps),
    headers: { ...(e.extra?.headers ?? {}) },
  });
  const call = async (method: HttpMethod, fullPath: string, o: SbCallOptions = {}): Promise<SbResult> => {
    const [path = '', search = ''] = fullPath.split('?');
    const hit = signalbaseProfile.routes
      .map((route) => ({ route, params: matchPath(route.path, path) }))
      .find((c) => c.params && c.route.method === method);
    if (!hit?.params) throw new Error(`support: no route ${method} ${path}`);
    const rawBody = o.body === undefined ? new Uint8Array() : new TextEncoder().encode(JSON.stringify(o.body));
    try {
      const response = await hit.route.handler({
        method,
        path,
        params: hit.params,
        query: new URLSearchParams(search),
        headers: {},
        body: o.body,
        rawBody,
        apiKey: o.apiKey ?? TEST_KEY,
        state,
        deps,
        via: o.via ?? 'api',
      });
      // Round-trip through JSON as the wire does.
      return {
        status: response.status,
        body: response.body === undefined ? undefined : JSON.parse(JSON.stringify(response.body)),
        headers: { ...(response.headers ?? {}) },
      };
    } catch (error) {
      if (error instanceof ProfileError) return render(error);
      throw error;
    }
  };
  return {
    state,
    deps,
    clock,
    call,
    create: (overrides = {}, o = {}) => call('POST', BASE, { ...o, body: { ...validBody, ...overrides } }),
  };
}
