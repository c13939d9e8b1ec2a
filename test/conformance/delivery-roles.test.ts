import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHookyard, type HookyardHandle } from '../../src/server/start-hookyard.js';
import { builtInProfiles } from '../../src/profiles/registry.js';
import type { EndpointSummary, ProfileDefinition } from '../../src/profiles/types.js';
import type { Capture } from '../../src/capture/capture-types.js';
import { verify } from '../../src/signing/index.js';
import {
  callRoute,
  captureUrl,
  control,
  eachRoute,
  endpointFor,
  endpointParams,
  fills,
  firstMember,
  mentions,
  paramsOf,
  unknownLike,
  withRole,
} from './role-support.js';

/**
 * The test, deliveries and retry roles, run for every route of every provider that declares them:
 * each provider's own route, over HTTP with its test key, delivers to a capture channel of the
 * workbench itself, and what arrives must verify with the provider's delivery scheme.
 */
const profiles = builtInProfiles();
let yard: HookyardHandle;
beforeAll(async () => {
  yard = await startHookyard({ port: 0, memory: true, clock: 'virtual' });
});
afterAll(() => yard.close());

type Profile = ProfileDefinition<any>;

const secretsOf = (profile: Profile, endpoint: EndpointSummary): string[] =>
  profile.signingSecrets(yard.workbench.mount.state(profile), endpoint.id, yard.workbench.clock.now());

/**
 * The endpoint's signing secrets; a provider whose create takes no secret from the control API
 * (GitHub's is optional) gets one through its definition's own `adoptEndpoint`, as config seeding does.
 */
function signingSecrets(profile: Profile, endpoint: EndpointSummary): string[] {
  const secrets = secretsOf(profile, endpoint);
  if (secrets.length > 0 || !profile.adoptEndpoint) return secrets;
  const secret = profile.secret?.generate?.((n) => crypto.getRandomValues(new Uint8Array(n))) ?? 'roles-suite-secret';
  expect(profile.adoptEndpoint(yard.workbench.mount.state(profile), endpoint.id, { secret })).toBe(true);
  return secretsOf(profile, endpoint);
}

async function captures(channel: string): Promise<Capture[]> {
  const page = await control(yard, 'GET', `/captures?channel=${channel}&limit=1000`);
  expect(page.status, page.text).toBe(200);
  return Promise.all((page.body.items as Array<{ id: string }>).map(async (c) => (await control(yard, 'GET', `/captures/${c.id}`)).body));
}

async function attempts(profile: Profile, endpoint: EndpointSummary): Promise<number> {
  const list = await control(yard, 'GET', `/deliveries?profile=${profile.id}&endpoint=${encodeURIComponent(endpoint.id)}`);
  return (list.body as Array<{ attempts: unknown[] }>).reduce((n, d) => n + d.attempts.length, 0);
}

async function fire(profile: Profile, endpoint: EndpointSummary): Promise<string> {
  const fired = await control(yard, 'POST', '/events', { profile: profile.id, type: profile.events.types[0], endpointId: endpoint.id });
  expect(fired.status, fired.text).toBe(201);
  expect(fired.body.deliveries, fired.text).toHaveLength(1);
  return fired.body.events[0].id as string;
}

/** The deliveries route for the endpoint's scope (GitHub: the repository's, for a repository hook). */
function deliveriesRoute(profile: Profile, endpoint: EndpointSummary) {
  const route = withRole(profile, 'deliveries').find((r) => fills(r.path, endpointParams(profile, endpoint)));
  if (!route) throw new Error(`${profile.id} declares retry but no deliveries route for the scope of endpoint ${endpoint.id}`);
  return route;
}

describe('delivery roles', () => {
  for (const profile of profiles) {
    describe(profile.id, () => {
      eachRoute(profile, 'test', (route, name) => {
        it(`${name}: delivers to the endpoint, signed so the provider's scheme verifies it`, async () => {
          const { url, channel } = captureUrl(yard);
          const endpoint = await endpointFor(yard, profile, route, url);
          const secrets = signingSecrets(profile, endpoint);
          const before = new Set((await captures(channel)).map((c) => c.id));
          const answer = await callRoute(yard, profile, route, endpointParams(profile, endpoint));
          expect(answer.status, answer.text).toBeLessThan(300);
          const arrived = (await captures(channel)).filter((c) => !before.has(c.id));
          expect(arrived).toHaveLength(1);
          const capture = arrived[0]!;
          const verdict = verify(profile.deliveryScheme, {
            headers: capture.headers,
            body: Buffer.from(capture.bodyBase64, 'base64'),
            secrets,
            url: capture.url,
            method: capture.method,
            now: yard.workbench.clock.now(),
          });
          expect(verdict.ok, verdict.message).toBe(true);
        });
      });

      eachRoute(profile, 'deliveries', (route, name) => {
        it(`${name}: lists the event fired at the endpoint, and not at another`, async () => {
          const endpoint = await endpointFor(yard, profile, route, captureUrl(yard).url);
          const other = await endpointFor(yard, profile, route, captureUrl(yard).url);
          const eventId = await fire(profile, endpoint);
          const mine = await callRoute(yard, profile, route, endpointParams(profile, endpoint));
          expect(mine.status, mine.text).toBe(200);
          expect(mentions(mine.body, eventId), mine.text).toBe(true);
          const theirs = await callRoute(yard, profile, route, endpointParams(profile, other));
          expect(theirs.status, theirs.text).toBe(200);
          expect(mentions(theirs.body, eventId), theirs.text).toBe(false);
        });
      });

      eachRoute(profile, 'retry', (route, name) => {
        /** The route's parameter for the delivery (`:deliveryId`, Svix `:msgId`) and its value in the deliveries list. */
        async function listedDelivery(
          endpoint: EndpointSummary,
        ): Promise<{ params: Record<string, string>; param: string; value: string }> {
          const params = endpointParams(profile, endpoint);
          const param = paramsOf(route.path).find((p) => params[p] === undefined)!;
          const list = await callRoute(yard, profile, deliveriesRoute(profile, endpoint), params);
          expect(list.status, list.text).toBe(200);
          const value = firstMember(list.body, param) ?? firstMember(list.body, 'id');
          expect(value, list.text).toEqual(expect.any(String));
          return { params, param, value: value! };
        }

        it(`${name}: retrying a listed delivery makes one more attempt`, async () => {
          const { url, channel } = captureUrl(yard);
          const endpoint = await endpointFor(yard, profile, route, url);
          await fire(profile, endpoint);
          const { params, param, value } = await listedDelivery(endpoint);
          const [attemptsBefore, capturesBefore] = [await attempts(profile, endpoint), (await captures(channel)).length];
          const answer = await callRoute(yard, profile, route, { ...params, [param]: value });
          expect(answer.status, answer.text).toBeLessThan(300);
          expect(await attempts(profile, endpoint)).toBe(attemptsBefore + 1);
          expect((await captures(channel)).length).toBe(capturesBefore + 1);
        });

        it(`${name}: an unknown delivery is 404, and nothing is sent`, async () => {
          const endpoint = await endpointFor(yard, profile, route, captureUrl(yard).url);
          await fire(profile, endpoint);
          const { params, param, value } = await listedDelivery(endpoint);
          const before = await attempts(profile, endpoint);
          const answer = await callRoute(yard, profile, route, { ...params, [param]: unknownLike(value, new Set([value])) });
          expect(answer.status, answer.text).toBe(404);
          expect(await attempts(profile, endpoint)).toBe(before);
        });
      });
    });
  }
});
