/**
 * Signalbase through the real server (`startHookyard` on port 0, in memory, virtual clock): API
 * calls go over loopback HTTP; `via: 'dashboard'` calls go through the same mount pipeline the
 * control API uses, acting as the given key.
 */
import { handleProfileRequest } from '../../../src/profiles/mount/index.js';
import { signalbaseProfile, type SignalbaseState } from '../../../src/profiles/signalbase/index.js';
import type { ApiKey, ChangeOrigin, DeployEnv, HttpMethod, ProfileDeps } from '../../../src/profiles/types.js';
import { FIXED_NOW, makeCaller } from '../signa/support.js';

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
  readonly state: SignalbaseState;
  deps: ProfileDeps;
  clock: { now: number };
  call(method: HttpMethod, path: string, options?: SbCallOptions): Promise<SbResult>;
  /** POST /api/v2/webhooks with a valid body merged with `overrides`. */
  create(overrides?: Record<string, unknown>, options?: SbCallOptions): Promise<SbResult>;
}

export const BASE = '/api/v2/webhooks';
export const TEST_KEY: ApiKey = signalbaseProfile.defaultApiKeys[0]!;
export const validBody = { endpoint_url: 'https://example.com/hooks/signalbase', event_types: ['funding.created', 'hiring.created'] };

export async function makeSignalbase(options: { env?: DeployEnv; now?: number; seed?: string } = {}): Promise<SbCaller> {
  const caller = await makeCaller(signalbaseProfile, options);
  const call = async (method: HttpMethod, fullPath: string, o: SbCallOptions = {}): Promise<SbResult> => {
    if ((o.via ?? 'api') === 'api') return caller.call(method, fullPath, { body: o.body, apiKey: o.apiKey });
    const [path = '', search = ''] = fullPath.split('?');
    const response = await handleProfileRequest(signalbaseProfile, caller.mount, {
      method,
      path,
      wirePath: `${signalbaseProfile.mount}${path}`,
      search: search ? `?${search}` : '',
      headers: { 'content-type': 'application/json' },
      rawBody: o.body === undefined ? new Uint8Array(0) : new TextEncoder().encode(JSON.stringify(o.body)),
      via: 'dashboard',
      actingKey: o.apiKey ?? TEST_KEY,
    });
    return { status: response.status, body: JSON.parse(JSON.stringify(response.body ?? null)) ?? undefined, headers: response.headers };
  };
  return {
    get state() {
      return caller.state;
    },
    deps: caller.deps,
    clock: caller.clock,
    call,
    create: (overrides = {}, o = {}) => call('POST', BASE, { ...o, body: { ...validBody, ...overrides } }),
  };
}
