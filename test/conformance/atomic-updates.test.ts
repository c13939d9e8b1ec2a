import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHookyard, type HookyardHandle } from '../../src/server/start-hookyard.js';
import { builtInProfiles } from '../../src/profiles/registry.js';
import type { EndpointSummary, ProfileDefinition, RouteDef } from '../../src/profiles/types.js';
import { authHeaders } from '../hostile/support.js';

/**
 * Every update route of every profile checks everything before it changes anything: a rejected
 * request leaves the profile's resources exactly as they were. The routes come from the profile
 * definitions; the bodies mix real changes with one bad part each.
 */
const profiles = builtInProfiles();
let yard: HookyardHandle;
beforeAll(async () => {
  yard = await startHookyard({ port: 0, memory: true, clock: 'virtual' });
});
afterAll(() => yard.close());

/**
 * Routes that change an existing resource: a path parameter, a method that writes; not the create
 * route, and not the ones that deliver (test, ping, retry), which change no settings.
 */
function updateRoutes(profile: ProfileDefinition<any>): RouteDef<unknown>[] {
  const create = profile.controlRoutes.create;
  return profile.routes.filter(
    (r) =>
      r.method !== 'GET' &&
      r.method !== 'DELETE' &&
      r.path.includes(':') &&
      !(create && create.method === r.method && create.path === r.path) &&
      !/test|ping|retry|deliver/i.test(r.operation),
  );
}

const isUpdateRoute = (profile: ProfileDefinition<any>, route: RouteDef<unknown>): boolean =>
  profile.controlRoutes.update?.method === route.method && profile.controlRoutes.update.path === route.path;

/** The profile's resource collections (its arrays of endpoints, webhooks, idempotency records). */
function resources(profile: ProfileDefinition<any>): string {
  const state = yard.workbench.mount.state(profile) as Record<string, unknown>;
  // A hook's last_response records a delivery finishing in the background (GitHub pings on create), not a change by the request.
  return JSON.stringify(
    Object.entries(state).filter(([, v]) => Array.isArray(v)),
    (key, value) => (key === 'last_response' ? undefined : value),
  );
}

/** Valid changes to every field the inspector can change, each combined with one bad part. */
function rejectedBodies(profile: ProfileDefinition<any>): Array<{ label: string; body: unknown }> {
  const changes = { url: 'https://example.com/changed-{n}', events: [profile.events.types.at(-1)!], description: 'changed', active: false };
  const valid = (profile.controlBodies?.update?.(changes) ?? {}) as Record<string, unknown>;
  const out: Array<{ label: string; body: unknown }> = [];
  for (const field of Object.keys(valid)) {
    for (const bad of [12345, { nested: true }, 'x'.repeat(5000)])
      out.push({ label: `${field}=${JSON.stringify(bad).slice(0, 20)}`, body: { ...valid, [field]: bad } });
  }
  // One event type at a time: some need more fields (PipAI's account.balance_low needs a threshold).
  const eventsField = Object.keys(valid).find((k) => Array.isArray(valid[k]));
  if (eventsField)
    for (const type of profile.events.types) out.push({ label: `${eventsField}=[${type}]`, body: { ...valid, [eventsField]: [type] } });
  out.push({ label: 'unknown field', body: { ...valid, hookyard_unknown_field: 1 } });
  out.push({ label: 'not an object', body: [valid] });
  return out;
}

let created = 0;
async function createEndpoint(profile: ProfileDefinition<any>): Promise<EndpointSummary> {
  await yard.api<{ endpoint?: EndpointSummary; response: Record<string, unknown> }>('POST', '/endpoints', {
    profile: profile.id,
    url: `https://example.com/atomic-${profile.id}-${++created}`,
    events: [profile.events.types[0]!],
    description: 'before',
  });
  return profile
    .listEndpoints(yard.workbench.mount.state(profile))
    .find((e) => e.url === `https://example.com/atomic-${profile.id}-${created}`)!;
}

describe('conformance: rejected updates change nothing', () => {
  for (const profile of profiles) {
    for (const route of updateRoutes(profile)) {
      it(`${profile.id} ${route.method} ${route.path}`, async () => {
        // A fresh account per route, so limits (10 active webhooks, 25 per account) never answer first.
        yard.workbench.dataDir.state.data.profiles[profile.id] = profile.initialState();
        let endpoint = await createEndpoint(profile);
        const pathOf = (e: EndpointSummary): string => {
          const params: Record<string, string> = { id: e.id, webhookId: e.id, ...(e.scope ?? {}) };
          return `${profile.mount}${route.path.replace(/:([A-Za-z]+)/g, (_, name: string) => encodeURIComponent(params[name] ?? 'unknown'))}`;
        };
        let rejections = 0;
        for (const { label, body } of rejectedBodies(profile)) {
          const path = pathOf(endpoint);
          const before = resources(profile);
          // Each body changes the URL to a new one, so a duplicate-URL check never answers first.
          const text = JSON.stringify(body).replace('{n}', String(++created));
          const response = await fetch(`${yard.url}${path}`, {
            method: route.method,
            headers: { 'content-type': 'application/json', ...authHeaders(profile, route.method, path, '', text, yard.clock.now()) },
            body: text,
          });
          const answer = await response.text();
          expect(response.status, `${label}: ${answer.slice(0, 200)}`).toBeLessThan(500);
          if (response.status >= 400) {
            rejections++;
            expect(
              resources(profile),
              `${label} was refused with ${response.status} but changed the resource: ${answer.slice(0, 200)}`,
            ).toBe(before);
          } else {
            // An accepted body may change the endpoint; start the next one from a fresh endpoint.
            endpoint = await createEndpoint(profile);
          }
        }
        if (isUpdateRoute(profile, route)) expect(rejections, 'the update route must refuse some of these bodies').toBeGreaterThan(0);
      });
    }
  }
});
