import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHookyard, type HookyardHandle } from '../../src/server/start-hookyard.js';
import { builtInProfiles } from '../../src/profiles/registry.js';
import {
  callRoute,
  control,
  eachRoute,
  endpointFor,
  endpointParams,
  hasMember,
  listed,
  mentions,
  shape,
  unknownLike,
} from './role-support.js';

/**
 * The list and get roles, run for every route of every provider that declares them (GitHub's
 * repository and organization hooks alike): the provider's own route, called over HTTP with its
 * test key the way its auth wants, must show what the control API made.
 */
const profiles = builtInProfiles();
let yard: HookyardHandle;
beforeAll(async () => {
  yard = await startHookyard({ port: 0, memory: true, clock: 'virtual' });
});
afterAll(() => yard.close());

const deps = () => ({ now: () => yard.workbench.clock.now(), randomBytes: (n: number) => new Uint8Array(n), env: 'sandbox' as const });
let urls = 0;
const url = () => `https://example.com/hooks/read-${++urls}`;

describe('read roles', () => {
  for (const profile of profiles) {
    describe(profile.id, () => {
      eachRoute(profile, 'list', (route, name) => {
        it(`${name}: names an endpoint made through the control API`, async () => {
          const endpoint = await endpointFor(yard, profile, route, url());
          const answer = await callRoute(yard, profile, route, endpointParams(profile, endpoint));
          expect(answer.status, answer.text).toBe(200);
          expect(hasMember(answer.body, 'id', endpoint.id), answer.text).toBe(true);
        });

        it.runIf(profile.controlRoutes.delete)(`${name}: a deleted endpoint is gone, or inactive`, async () => {
          const endpoint = await endpointFor(yard, profile, route, url());
          const deleted = await control(yard, 'DELETE', `/endpoints/${profile.id}/${encodeURIComponent(endpoint.id)}`);
          expect(deleted.status, deleted.text).toBeLessThan(300);
          const answer = await callRoute(yard, profile, route, endpointParams(profile, endpoint));
          expect(answer.status, answer.text).toBe(200);
          // A soft delete (Signalbase) keeps listing the endpoint, as inactive.
          if (hasMember(answer.body, 'id', endpoint.id))
            expect((await listed(yard, profile.id)).find((e) => e.id === endpoint.id)?.active).toBe(false);
        });
      });

      eachRoute(profile, 'get', (route, name) => {
        it(`${name}: answers 200 naming the endpoint`, async () => {
          const endpoint = await endpointFor(yard, profile, route, url());
          const answer = await callRoute(yard, profile, route, endpointParams(profile, endpoint));
          expect(answer.status, answer.text).toBe(200);
          expect(hasMember(answer.body, 'id', endpoint.id), answer.text).toBe(true);
          expect(mentions(answer.body, endpoint.url), answer.text).toBe(true);
        });

        it(`${name}: an unknown id is 404 in the provider's error envelope`, async () => {
          const endpoint = await endpointFor(yard, profile, route, url());
          const taken = new Set((await listed(yard, profile.id)).map((e) => e.id));
          const unknown = { ...endpoint, id: unknownLike(endpoint.id, taken) };
          const answer = await callRoute(yard, profile, route, endpointParams(profile, unknown));
          expect(answer.status, answer.text).toBe(404);
          const code = profile.errorCodes.notFound;
          const rendered = profile.renderError({ status: 404, code, message: 'Not found.' }, deps());
          expect(shape(rendered).length).toBeGreaterThan(0);
          expect(shape(answer.body), answer.text).toEqual(expect.arrayContaining(shape(rendered)));
          if (mentions(rendered, code)) expect(mentions(answer.body, code), answer.text).toBe(true);
        });
      });
    });
  }
});
