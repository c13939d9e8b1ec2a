import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { receiver } from '../../delivery/receiver.js';
import { caught } from '../../support/caught.js';
import { useYard } from '../../support/yard.js';

const yard = useYard({ clock: 'virtual' });

/** stripe-node pointed at hookyard with its documented options only: host, port, protocol. */
async function start(env: 'sandbox' | 'production' = 'sandbox', key = 'hy_stripe_test'): Promise<Stripe> {
  const handle = await yard.start({ env });
  const url = new URL(handle.url);
  return new Stripe(key, { host: url.hostname, port: Number(url.port), protocol: 'http' });
}

describe('stripe profile through stripe-node', () => {
  it('creates, retrieves, lists, updates and deletes webhook endpoints', async () => {
    const stripe = await start();
    const created = await stripe.webhookEndpoints.create({
      url: 'http://localhost:4242/webhook',
      enabled_events: ['payment_intent.succeeded', 'charge.refunded'],
      description: 'local dev',
      metadata: { team: 'payments' },
    });
    expect(created).toMatchObject({
      object: 'webhook_endpoint',
      url: 'http://localhost:4242/webhook',
      enabled_events: ['payment_intent.succeeded', 'charge.refunded'],
      description: 'local dev',
      metadata: { team: 'payments' },
      status: 'enabled',
      livemode: false,
      api_version: null,
      application: null,
    });
    expect(created.id).toMatch(/^we_[0-9A-Za-z]{24}$/);
    expect(created.secret).toMatch(/^whsec_[0-9A-Za-z]{32}$/);
    expect(created.lastResponse.requestId).toMatch(/^req_[0-9A-Za-z]{14}$/);
    expect(Number.isInteger(created.created)).toBe(true);
    expect(Math.abs(created.created - Date.now() / 1000)).toBeLessThan(5);

    const retrieved = await stripe.webhookEndpoints.retrieve(created.id);
    expect(retrieved.id).toBe(created.id);
    expect(retrieved.secret).toBeUndefined();

    const updated = await stripe.webhookEndpoints.update(created.id, {
      disabled: true,
      description: '',
      metadata: { team: '', env: 'dev' },
      enabled_events: ['*'],
    });
    expect(updated).toMatchObject({ status: 'disabled', description: null, metadata: { env: 'dev' }, enabled_events: ['*'] });
    expect(updated.secret).toBeUndefined();

    const list = await stripe.webhookEndpoints.list();
    expect(list.object).toBe('list');
    expect(list.data.map((e) => e.id)).toEqual([created.id]);
    expect(list.has_more).toBe(false);

    const deleted = await stripe.webhookEndpoints.del(created.id);
    expect(deleted).toMatchObject({ id: created.id, object: 'webhook_endpoint', deleted: true });
    expect((await stripe.webhookEndpoints.list()).data).toEqual([]);
  });

  it('paginates with limit, starting_after and ending_before (auto-pagination walks every page)', async () => {
    const stripe = await start();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push((await stripe.webhookEndpoints.create({ url: `https://example.com/h${i}`, enabled_events: ['*'] })).id);
    const newestFirst = [...ids].reverse();
    const first = await stripe.webhookEndpoints.list({ limit: 2 });
    expect(first.data.map((e) => e.id)).toEqual(newestFirst.slice(0, 2));
    expect(first.has_more).toBe(true);
    const second = await stripe.webhookEndpoints.list({ limit: 2, starting_after: first.data[1]!.id });
    expect(second.data.map((e) => e.id)).toEqual(newestFirst.slice(2, 4));
    const back = await stripe.webhookEndpoints.list({ limit: 2, ending_before: second.data[0]!.id });
    expect(back.data.map((e) => e.id)).toEqual(newestFirst.slice(0, 2));
    const all = await stripe.webhookEndpoints.list({ limit: 2 }).autoPagingToArray({ limit: 100 });
    expect(all.map((e) => e.id)).toEqual(newestFirst);
  });

  it('raises StripeInvalidRequestError with param and code, resource_missing 404 and StripeAuthenticationError 401', async () => {
    const stripe = await start();
    const missing = await caught(stripe.webhookEndpoints.create({ enabled_events: ['*'] } as never));
    expect(missing).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(missing).toMatchObject({ statusCode: 400, code: 'parameter_missing', param: 'url', type: 'StripeInvalidRequestError' });

    const badEvent = await caught(
      stripe.webhookEndpoints.create({ url: 'https://example.com/h', enabled_events: ['charge.succeeded', 'no.such_event'] as never }),
    );
    expect(badEvent).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(badEvent.param).toBe('enabled_events[1]');

    const unknown = await caught(
      stripe.webhookEndpoints.create({ url: 'https://example.com/h', enabled_events: ['*'], colour: 'red' } as never),
    );
    expect(unknown).toMatchObject({ code: 'parameter_unknown', param: 'colour' });

    const notFound = await caught(stripe.webhookEndpoints.retrieve('we_doesnotexist'));
    expect(notFound).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(notFound).toMatchObject({ statusCode: 404, code: 'resource_missing', param: 'id' });
    expect(notFound.message).toBe("No such webhook endpoint: 'we_doesnotexist'");
    expect(await caught(stripe.events.retrieve('evt_nope'))).toMatchObject({ statusCode: 404, code: 'resource_missing' });

    const url = new URL(yard.handle.url);
    const wrongKey = new Stripe('sk_test_wrong', { host: url.hostname, port: Number(url.port), protocol: 'http' });
    const denied = await caught(wrongKey.webhookEndpoints.list());
    expect(denied).toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
    expect(denied.statusCode).toBe(401);
    expect(yard.handle.workbench.mount.state(yard.handle.workbench.profile('stripe')!)).toMatchObject({ endpoints: [] });
  });

  it('replays an Idempotency-Key and refuses it with other parameters', async () => {
    const stripe = await start();
    const params = { url: 'https://example.com/h', enabled_events: ['charge.succeeded' as const] };
    const a = await stripe.webhookEndpoints.create(params, { idempotencyKey: 'create-once' });
    const b = await stripe.webhookEndpoints.create(params, { idempotencyKey: 'create-once' });
    expect(b.id).toBe(a.id);
    expect(b.lastResponse.headers['idempotent-replayed']).toBe('true');
    expect((await stripe.webhookEndpoints.list()).data).toHaveLength(1);
    const clash = await caught(stripe.webhookEndpoints.create({ ...params, description: 'other' }, { idempotencyKey: 'create-once' }));
    expect(clash).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
  });

  it('applies live-mode URL rules with --env production', async () => {
    const stripe = await start('production');
    const http = await caught(stripe.webhookEndpoints.create({ url: 'http://example.com/h', enabled_events: ['*'] }));
    expect(http).toMatchObject({ statusCode: 400, code: 'url_invalid', param: 'url' });
    const local = await caught(stripe.webhookEndpoints.create({ url: 'https://127.0.0.1/h', enabled_events: ['*'] }));
    expect(local).toMatchObject({ code: 'url_invalid', param: 'url' });
    expect((await stripe.webhookEndpoints.create({ url: 'https://example.com/h', enabled_events: ['*'] })).status).toBe('enabled');
  });

  it('delivers fired events signed for stripe.webhooks.constructEvent and lists them under /v1/events', async () => {
    const stripe = await start();
    const app = await receiver();
    yard.closeAfter(app.close);
    const endpoint = await stripe.webhookEndpoints.create({ url: app.url, enabled_events: ['payment_intent.succeeded'] });
    const other = await stripe.webhookEndpoints.create({ url: app.url, enabled_events: ['customer.created'] });
    const arrived = app.next();
    await yard.handle.dispatcher.fire({ profile: 'stripe', type: 'payment_intent.succeeded' });
    const got = await arrived;
    expect(app.received).toHaveLength(1);
    expect(got.headers['user-agent']).toBe('Stripe/1.0 (+https://stripe.com/docs/webhooks)');
    expect(got.headers['content-type']).toBe('application/json; charset=utf-8');
    const event = stripe.webhooks.constructEvent(got.body, String(got.headers['stripe-signature']), endpoint.secret!);
    expect(event).toMatchObject({ object: 'event', type: 'payment_intent.succeeded', livemode: false });
    expect(event.id).toMatch(/^evt_[0-9A-Za-z]{24}$/);
    expect(() => stripe.webhooks.constructEvent(got.body, String(got.headers['stripe-signature']), other.secret!)).toThrow(
      Stripe.errors.StripeSignatureVerificationError,
    );

    await yard.handle.dispatcher.fire({ profile: 'stripe', type: 'customer.created' });
    const events = await stripe.events.list();
    expect(events.data.map((e) => e.type)).toEqual(['customer.created', 'payment_intent.succeeded']);
    expect((await stripe.events.list({ type: 'payment_intent.*' })).data.map((e) => e.id)).toEqual([event.id]);
    expect((await stripe.events.list({ types: ['customer.created'] })).data).toHaveLength(1);
    const one = await stripe.events.retrieve(event.id);
    expect(JSON.stringify(one)).toContain(event.id);
    expect(one.data.object).toEqual(event.data.object);
  });

  it('retries failed deliveries three times over hours, then stops', async () => {
    const stripe = await start();
    const app = await receiver(() => ({ status: 500 }));
    yard.closeAfter(app.close);
    await stripe.webhookEndpoints.create({ url: app.url, enabled_events: ['*'] });
    await yard.handle.dispatcher.fire({ profile: 'stripe', type: 'charge.succeeded' });
    expect(app.received).toHaveLength(1);
    await yard.handle.advance(3600_000);
    expect(app.received).toHaveLength(2);
    await yard.handle.advance(2 * 3600_000);
    expect(app.received).toHaveLength(3);
    await yard.handle.advance(4 * 3600_000);
    expect(app.received).toHaveLength(4);
    await yard.handle.advance(48 * 3600_000);
    expect(app.received).toHaveLength(4);
  });
});
