/**
 * Drives one profile through the real server (`startHookyard` on port 0, in memory, virtual
 * clock) over loopback HTTP, for the signa, alerting and appkit tests. `state` is the server's
 * live state for the profile; `clock.now` reads and moves the virtual clock.
 */
import { createHash } from 'node:crypto';
import { afterEach } from 'vitest';
import type { MountContext } from '../../../src/profiles/mount/index.js';
import { startHookyard, type HookyardHandle } from '../../../src/server/start-hookyard.js';
import type { ApiKey, DeployEnv, HttpMethod, ProfileDefinition, ProfileDeps, RouteDef } from '../../../src/profiles/types.js';

export interface CallResult {
  status: number;
  body: any;
  headers: Record<string, string>;
  /** The matched route, or undefined for a 404/405. */
  route?: RouteDef<unknown>;
}

export interface Caller<State> {
  readonly state: State;
  /** The server's mount context (for calls the dashboard makes). */
  mount: MountContext;
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

const running: HookyardHandle[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((h) => h.close()));
});

export async function makeCaller<State>(
  profile: ProfileDefinition<State>,
  options: { env?: DeployEnv; now?: number; seed?: string } = {},
): Promise<Caller<State>> {
  const handle = await startHookyard({
    port: 0,
    memory: true,
    clock: 'virtual',
    startTime: options.now ?? FIXED_NOW,
    env: options.env ?? 'sandbox',
    ...(options.seed ? { randomBytes: seededRandomBytes(options.seed) } : {}),
  });
  running.push(handle);
  const wb = handle.workbench;
  const defaultKey = profile.defaultApiKeys[0];
  if (!defaultKey) throw new Error(`${profile.id} has no default API key`);
  const clock = {
    get now() {
      return handle.clock.now();
    },
    set now(at: number) {
      void (handle.clock as unknown as { advance(ms: number): Promise<void> }).advance(at - handle.clock.now());
    },
  };
  return {
    get state() {
      return wb.mount.state(profile) as State;
    },
    mount: wb.mount,
    deps: { now: () => handle.clock.now(), randomBytes: seededRandomBytes('test'), env: options.env ?? 'sandbox' },
    clock,
    async call(method, fullPath, callOptions = {}) {
      const apiKey = callOptions.apiKey ?? defaultKey;
      // A key the test made up is added at run time, as POST /_yard/api/keys would.
      if (!wb.mount.apiKeys(profile).some((k) => k.key === apiKey.key))
        wb.extraKeys.set(profile.id, [...(wb.extraKeys.get(profile.id) ?? []), apiKey]);
      const [path = '', search = ''] = fullPath.split('?');
      const body = callOptions.body === undefined ? '' : JSON.stringify(callOptions.body);
      const wirePath = `${profile.mount}${path}`;
      const headers: Record<string, string> = {
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...profile.auth.requestHeaders(apiKey, {
          method,
          path: wirePath,
          search: search ? `?${search}` : '',
          body,
          now: handle.clock.now(),
        }),
        ...callOptions.headers,
      };
      const response = await fetch(`${handle.url}${wirePath}${search ? `?${search}` : ''}`, {
        method,
        headers,
        body: body === '' ? undefined : body,
      });
      const text = await response.text();
      const route = profile.routes.find((r) => r.method === method && matches(r.path, path)) as RouteDef<unknown> | undefined;
      return {
        status: response.status,
        body: text ? JSON.parse(text) : undefined,
        headers: Object.fromEntries([...(response.headers as unknown as Iterable<[string, string]>)]),
        ...(route ? { route } : {}),
      };
    },
  };
}

function matches(pattern: string, path: string): boolean {
  const p = pattern.split('/');
  const a = path.split('/');
  return p.length === a.length && p.every((seg, i) => (seg.startsWith(':') ? a[i] !== '' : seg === a[i]));
}
