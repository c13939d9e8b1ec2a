import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc } from '@fast-check/vitest';
import { packageRoot } from '../../src/package-root.js';
import type { HookyardHandle } from '../../src/server/start-hookyard.js';
import type { EndpointSummary, ProfileDefinition, RouteDef } from '../../src/profiles/types.js';

/** One route to attack: from a profile's own route table, or from the control API's router. */
export interface TargetRoute {
  family: 'mocked' | 'control' | 'capture';
  profile?: ProfileDefinition<any>;
  method: string;
  /** As declared, with `:params`. */
  path: string;
  /** A valid body to corrupt, and the field names it may take. */
  base: Record<string, unknown>;
  fields: string[];
}

/** Counterexamples print as `signa POST /v1/webhooks`, not the whole profile definition. */
function labelled(route: TargetRoute): TargetRoute {
  const label = `${route.profile?.id ?? 'control'} ${route.method} ${route.path}`;
  return Object.assign(route, { [fc.toStringMethod]: () => label });
}

const sameRoute = (route: { method: string; path: string }, control?: { method: string; path: string }): boolean =>
  !!control && control.method === route.method && control.path === route.path;

interface ContractStep {
  request?: { method?: string; path?: string; json?: unknown };
}

/** The fields each route's documented requests use (fixtures/contracts/<profile>/), by `METHOD path`. */
function documentedFields(profile: ProfileDefinition<any>): Map<string, Set<string>> {
  const dir = join(packageRoot(), 'fixtures', 'contracts', profile.id);
  const requests: Array<{ method: string; path: string; keys: string[] }> = [];
  if (existsSync(dir)) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const doc = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { cases?: Array<{ steps?: ContractStep[] }> };
      for (const step of (doc.cases ?? []).flatMap((c) => c.steps ?? [])) {
        const r = step.request;
        if (!r?.method || !r.path || typeof r.json !== 'object' || r.json === null || Array.isArray(r.json)) continue;
        requests.push({ method: r.method, path: r.path.split('?')[0]!.slice(profile.mount.length), keys: Object.keys(r.json) });
      }
    }
  }
  const out = new Map<string, Set<string>>();
  for (const route of profile.routes) {
    const pattern = new RegExp(`^${route.path.replace(/:[A-Za-z]+/g, '[^/]+')}$`);
    const keys = new Set(requests.filter((r) => r.method === route.method && pattern.test(r.path)).flatMap((r) => r.keys));
    out.set(`${route.method} ${route.path}`, keys);
  }
  return out;
}

/** Every route of every profile, with the body its control hooks say is valid and the fields its contracts use. */
export function mockedRoutes(profiles: readonly ProfileDefinition<any>[]): TargetRoute[] {
  return profiles.flatMap((profile) => {
    const documented = documentedFields(profile);
    return profile.routes.map((route: RouteDef<unknown>) => {
      let base: Record<string, unknown> = {};
      const neutral = { url: 'https://example.com/fuzz', events: [profile.events.types[0]!], description: 'fuzz', active: true };
      if (sameRoute(route, profile.controlRoutes.create) && profile.controlBodies)
        base = profile.controlBodies.create(neutral) as Record<string, unknown>;
      else if (sameRoute(route, profile.controlRoutes.update) && profile.controlBodies?.update)
        base = profile.controlBodies.update(neutral) as Record<string, unknown>;
      else if (sameRoute(route, profile.controlRoutes.rotate) && profile.controlRoutes.rotate?.body)
        base = profile.controlRoutes.rotate.body as Record<string, unknown>;
      const fields = [...new Set([...Object.keys(base), ...(documented.get(`${route.method} ${route.path}`) ?? [])])];
      return labelled({ family: 'mocked' as const, profile, method: route.method, path: route.path, base, fields });
    });
  });
}

/** Field names the control API's bodies use (its README section); corrupted one at a time. */
const CONTROL_FIELDS = [
  'profile',
  'type',
  'url',
  'events',
  'description',
  'active',
  'appId',
  'body',
  'bodyBase64',
  'headers',
  'set',
  'data',
  'overrides',
  'count',
  'faults',
  'key',
  'scopes',
  'team',
  'flags',
  'apiSecret',
  'label',
  'scheme',
  'secrets',
  'response',
  'format',
  'version',
  'captures',
  'ms',
  'endpointId',
];

/**
 * A valid example body per control route (the README's Control API section), so corruption
 * reaches past the first check; routes without one are attacked from an empty body.
 */
const CONTROL_EXAMPLES: Record<string, Record<string, unknown>> = {
  'POST /_yard/api/events': {
    profile: 'signa',
    type: 'alert.created',
    set: { 'data.amount': 5 },
    overrides: { 'data.note': 'x' },
    data: { a: { b: 1 } },
    count: 2,
    faults: { duplicate: true, delayMs: 10, outOfOrder: true },
  },
  'POST /_yard/api/endpoints': {
    profile: 'appkit',
    url: 'https://example.com/c',
    events: ['user.created'],
    description: 'd',
    appId: 'app_fuzz',
  },
  'PATCH /_yard/api/endpoints/:profile/:id': { description: 'x', active: true, url: 'https://example.com/u', events: ['user.created'] },
  'POST /_yard/api/keys': {
    profile: 'signa',
    key: 'sk_fuzz_key',
    scopes: ['*'],
    team: 't',
    label: 'l',
    flags: { subscriptionExpired: false },
  },
  'PUT /_yard/api/channels/:name': {
    scheme: 'standard-webhooks',
    secrets: ['whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'],
    response: { status: 201, headers: { 'x-a': 'b' }, body: 'ok', delayMs: 0 },
  },
  'POST /_yard/api/captures/import': {
    format: 'hookyard-captures',
    version: 1,
    captures: [
      {
        id: 'cap_fuzz',
        channel: 'c',
        method: 'POST',
        path: '',
        url: 'http://localhost/in/c',
        query: '',
        headers: [['x-a', 'b']],
        remoteAddress: null,
        receivedAt: '2026-01-01T00:00:00.000Z',
        size: 2,
        contentType: null,
        bodyBase64: 'e30=',
        verdict: null,
        response: { status: 200 },
      },
    ],
  },
  'POST /_yard/api/captures/:id/replay': { url: 'http://127.0.0.1:9/x', headers: { 'x-a': 'b' }, body: 'x' },
  'POST /_yard/api/clock/advance': { ms: 1000 },
};

/** Every route the control API's router holds (its route list, not a copy of it). */
export function controlRoutes(yard: HookyardHandle): TargetRoute[] {
  const seen = new Set<string>();
  const out: TargetRoute[] = [];
  for (const r of yard.app.routes) {
    if (r.method === 'ALL' || !r.path.startsWith('/_yard/api/')) continue;
    const key = `${r.method} ${r.path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const base = CONTROL_EXAMPLES[key] ?? {};
    out.push(
      labelled({
        family: 'control',
        method: r.method,
        path: r.path,
        base,
        fields: [...new Set([...Object.keys(base), ...CONTROL_FIELDS])],
      }),
    );
  }
  return out;
}

/** The capture route (`/in/<channel>`), with the methods webhooks arrive by. */
export function captureRoutes(): TargetRoute[] {
  return ['POST', 'PUT', 'PATCH', 'GET', 'DELETE'].map((method) =>
    labelled({ family: 'capture', method, path: '/in/:name', base: {}, fields: [] }),
  );
}

/** Ids that exist right now, for a route's path parameters. */
export interface LiveIds {
  endpoints: EndpointSummary[];
  captures: string[];
  deliveries: Array<{ id: string; endpointId: string; profile: string }>;
  events: string[];
}

const known: { captures: string[]; deliveries: LiveIds['deliveries']; events: string[] } = { captures: [], deliveries: [], events: [] };

/** Reads the newest capture, delivery and event ids through the control API (arbitraries are synchronous, so they use the last read). */
export async function refreshIds(yard: HookyardHandle): Promise<void> {
  const get = async <T>(path: string): Promise<T> =>
    (await yard.app.request(`/_yard/api${path}`, { headers: { host: 'localhost' } })).json() as Promise<T>;
  known.captures = (await get<{ items: Array<{ id: string }> }>('/captures?limit=20')).items.map((c) => c.id);
  known.deliveries = (await get<Array<{ id: string; endpointId: string; profile: string }>>('/deliveries?limit=20')).map(
    ({ id, endpointId, profile }) => ({ id, endpointId, profile }),
  );
  known.events = (await get<Array<{ id: string }>>('/events')).slice(0, 20).map((e) => e.id);
}

export function liveIds(yard: HookyardHandle): LiveIds {
  const wb = yard.workbench;
  return { endpoints: wb.profiles.flatMap((p) => p.listEndpoints(wb.mount.state(p))), ...known };
}

/** The real values a parameter could take, judged by its name and the segment before it. */
export function realValues(route: TargetRoute, name: string, previous: string, ids: LiveIds): string[] {
  const own = route.profile ? ids.endpoints.filter((e) => e.profile === route.profile!.id) : ids.endpoints;
  if (name === 'profile') return [...new Set(ids.endpoints.map((e) => e.profile))];
  if (name === 'appId') return own.map((e) => e.scope?.appId).filter((v): v is string => !!v);
  if (name === 'deliveryId') return ids.deliveries.filter((d) => !route.profile || d.profile === route.profile.id).map((d) => d.id);
  if (name === 'name') return ['fuzz', 'h'];
  if (previous === 'captures') return ids.captures;
  if (previous === 'deliveries') return ids.deliveries.map((d) => d.id);
  if (previous === 'events') return ids.events;
  return own.map((e) => e.id);
}
