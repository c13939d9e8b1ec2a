import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHookyard, type HookyardHandle } from '../../src/server/start-hookyard.js';
import { builtInProfiles } from '../../src/profiles/registry.js';
import type { EndpointSummary } from '../../src/profiles/types.js';

/**
 * One suite per role (create, update, rotate, delete), run for every provider that declares the
 * role: the control API drives each provider's own route for it, through the real mount layer,
 * so a provider whose definition and handlers disagree fails here, whoever it is. The other roles
 * have their suites beside this one: list and get in read-roles.test.ts, test, deliveries and
 * retry in delivery-roles.test.ts.
 */
const profiles = builtInProfiles();
let yard: HookyardHandle;
beforeAll(async () => {
  yard = await startHookyard({ port: 0, memory: true, clock: 'virtual' });
});
afterAll(() => yard.close());

interface Answer {
  status: number;
  body: { secret?: string; endpoint?: EndpointSummary; error?: { message: string } };
}

async function call(method: string, path: string, body?: unknown): Promise<Answer> {
  const r = await fetch(`${yard.url}/_yard/api${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: r.status, body: (await r.json()) as Answer['body'] };
}

const listed = async (profile: string): Promise<EndpointSummary[]> =>
  (await (await fetch(`${yard.url}/_yard/api/endpoints?profile=${profile}`)).json()) as EndpointSummary[];

/** Creates one endpoint through the control API; returns it as the endpoint list shows it. */
async function create(profile: string, url: string): Promise<{ endpoint: EndpointSummary; secret?: string }> {
  const before = new Set((await listed(profile)).map((e) => e.id));
  const events = profiles.find((p) => p.id === profile)!.events.types.slice(0, 1);
  const answer = await call('POST', '/endpoints', { profile, url, events });
  expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(300);
  const made = (await listed(profile)).filter((e) => !before.has(e.id));
  expect(made).toHaveLength(1);
  return { endpoint: made[0]!, secret: answer.body.secret };
}

describe('roles', () => {
  for (const profile of profiles) {
    const roles = profile.controlRoutes;
    describe(profile.id, () => {
      it.runIf(roles.create)('create: makes one endpoint at the url, and surfaces the secret where the answer carries it', async () => {
        const { endpoint, secret } = await create(profile.id, 'https://example.com/hooks/create');
        expect(endpoint.profile).toBe(profile.id);
        expect(endpoint.url).toBe('https://example.com/hooks/create');
        // The list reads the events where the create body wrote them (the provider's neutral-field map).
        expect(endpoint.events).toContain(profile.events.types[0]);
        if (profile.secret?.inResponse) expect(secret).toEqual(expect.any(String));
      });

      it.runIf(roles.create && roles.update && profile.controlBodies?.update)('update: changes the url of that endpoint only', async () => {
        const { endpoint } = await create(profile.id, 'https://example.com/hooks/before');
        const other = await create(profile.id, 'https://example.com/hooks/other');
        const answer = await call('PATCH', `/endpoints/${profile.id}/${encodeURIComponent(endpoint.id)}`, {
          url: 'https://example.com/hooks/after',
        });
        expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(300);
        const now = await listed(profile.id);
        expect(now.find((e) => e.id === endpoint.id)?.url).toBe('https://example.com/hooks/after');
        expect(now.find((e) => e.id === other.endpoint.id)?.url).toBe('https://example.com/hooks/other');
      });

      it.runIf(roles.create && roles.rotate)('rotate: issues a secret other than the one before', async () => {
        const { endpoint } = await create(profile.id, 'https://example.com/hooks/rotate');
        const before = profile.signingSecrets(yard.workbench.mount.state(profile), endpoint.id, Date.now());
        const answer = await call('POST', `/endpoints/${profile.id}/${encodeURIComponent(endpoint.id)}/rotate`);
        expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(300);
        const after = profile.signingSecrets(yard.workbench.mount.state(profile), endpoint.id, Date.now());
        expect(after[0]).toEqual(expect.any(String));
        expect(after[0]).not.toBe(before[0]);
        if (profile.secret?.inResponse && answer.body.secret) expect(answer.body.secret).not.toBe(before[0]);
      });

      it.runIf(roles.create && roles.delete)('delete: the endpoint is gone, or listed as inactive', async () => {
        const { endpoint } = await create(profile.id, 'https://example.com/hooks/delete');
        const answer = await call('DELETE', `/endpoints/${profile.id}/${encodeURIComponent(endpoint.id)}`);
        expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(300);
        const left = (await listed(profile.id)).find((e) => e.id === endpoint.id);
        if (left) expect(left.active).toBe(false);
      });
    });
  }
});
