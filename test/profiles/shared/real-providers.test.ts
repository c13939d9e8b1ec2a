import Stripe from 'stripe';
import { Webhooks } from '@octokit/webhooks';
import { Webhook } from 'svix';
import { describe, expect, it } from 'vitest';
import { formatBanner } from '../../../src/server/banner.js';
import { prepareSuite } from '../../../src/contract/prepare-suite.js';
import { receiver, type Received } from '../../delivery/receiver.js';
import { useYard } from '../../support/yard.js';

const yard = useYard();

const svixSecret = `whsec_${Buffer.alloc(24, 7).toString('base64')}`;

/** Each real provider: a sample event, a fixed id and secret, and its SDK's own verifier. */
const providers = [
  {
    id: 'stripe',
    event: 'charge.succeeded',
    fixed: { id: 'we_team0000000000000000000', secret: 'whsec_team' },
    baseUrl: (url: string) => url,
    snippet: /^new Stripe\('hy_stripe_test', \{ host: '127\.0\.0\.1', port: \d+, protocol: 'http' \}\)$/,
    verify: async (r: Received, secret: string) =>
      new Stripe('sk_unused').webhooks.constructEvent(r.body, String(r.headers['stripe-signature']), secret).type,
  },
  {
    id: 'github',
    event: 'push',
    fixed: { id: '4242', secret: 'team-secret' },
    baseUrl: (url: string) => `${url}/github`,
    snippet: /^new Octokit\(\{ auth: 'hy_github_test', baseUrl: 'http:\/\/127\.0\.0\.1:\d+\/github' \}\)$/,
    verify: async (r: Received, secret: string) =>
      (await new Webhooks({ secret }).verify(r.body.toString(), String(r.headers['x-hub-signature-256'])))
        ? String(r.headers['x-github-event'])
        : 'bad',
  },
  {
    id: 'svix',
    event: 'order.created',
    fixed: { id: 'ep_team', secret: svixSecret },
    baseUrl: (url: string) => `${url}/svix`,
    snippet: /^new Svix\('hy_svix_test', \{ serverUrl: 'http:\/\/127\.0\.0\.1:\d+\/svix' \}\)$/,
    verify: async (r: Received, secret: string) =>
      (
        new Webhook(secret).verify(r.body.toString(), {
          'svix-id': String(r.headers['svix-id']),
          'svix-timestamp': String(r.headers['svix-timestamp']),
          'svix-signature': String(r.headers['svix-signature']),
        }) as { type: string }
      ).type,
  },
] as const;

describe('real providers in the workbench', () => {
  for (const p of providers) {
    describe(p.id, () => {
      it('gives its SDK base URL and snippet in /_yard/api/profiles and the banner', async () => {
        const handle = await yard.start();
        const profiles = await handle.api<Array<{ id: string; baseUrl: string; sdk?: { name: string; snippet: string } }>>(
          'GET',
          '/profiles',
        );
        const mine = profiles.find((x) => x.id === p.id)!;
        expect(mine.baseUrl).toBe(p.baseUrl(handle.url));
        expect(mine.sdk?.snippet).toMatch(p.snippet);
        expect(profiles.find((x) => x.id === 'signa')!.baseUrl).toBe(`${handle.url}/signa`);
        expect(formatBanner(handle)).toContain(mine.sdk!.snippet);
      });

      it('gives `hookyard test --profile` its delivery scheme and sample events', async () => {
        const { scheme, cases } = await prepareSuite({
          profile: p.id,
          secret: p.fixed.secret,
          url: 'http://127.0.0.1:1/hook',
          now: Date.now(),
        });
        expect(scheme.id).toBe(p.id);
        expect(cases.some((c) => c.name.includes(p.event))).toBe(true);
      });

      it('creates, lists, updates and deletes endpoints through the control API', async () => {
        const handle = await yard.start();
        const created = await handle.api<{ status: number; response: { id: unknown } }>('POST', '/endpoints', {
          profile: p.id,
          url: 'http://localhost:3000/hook',
          events: [p.event],
        });
        expect(created.status).toBeLessThan(300);
        const [endpoint] = await handle.api<Array<{ id: string; url: string; events: string[]; active: boolean }>>(
          'GET',
          `/endpoints?profile=${p.id}`,
        );
        expect(endpoint).toMatchObject({ url: 'http://localhost:3000/hook', events: [p.event], active: true });
        expect(String(created.response.id)).toBe(endpoint!.id);
        await handle.api('PATCH', `/endpoints/${p.id}/${endpoint!.id}`, { active: false, url: 'http://localhost:3000/v2' });
        expect((await handle.api<Array<{ active: boolean; url: string }>>('GET', `/endpoints?profile=${p.id}`))[0]).toMatchObject({
          active: false,
          url: 'http://localhost:3000/v2',
        });
        await handle.api('DELETE', `/endpoints/${p.id}/${endpoint!.id}`);
        expect(await handle.api('GET', `/endpoints?profile=${p.id}`)).toEqual([]);
      });

      it('adopts a fixed id and secret from hookyard.config.json and signs triggered events with it', async () => {
        const app = await receiver();
        yard.closeAfter(app.close);
        const handle = await yard.start({
          profiles: { [p.id]: { endpoints: [{ ...p.fixed, url: app.url, events: [p.event] }] } } as never,
        });
        const [endpoint] = await handle.api<Array<{ id: string }>>('GET', `/endpoints?profile=${p.id}`);
        expect(endpoint!.id).toBe(p.fixed.id);
        await handle.dispatcher.fire({ profile: p.id, type: p.event });
        // GitHub also pings the hook it just created; the triggered event is the other request.
        const delivered = app.received.filter((r) => r.headers['x-github-event'] !== 'ping');
        expect(delivered).toHaveLength(1);
        expect(await p.verify(delivered[0]!, p.fixed.secret)).toBe(p.event);
      });
    });
  }
});
