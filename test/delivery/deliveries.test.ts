import { verify } from '../../src/index.js';
import { afterEach, describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';

import { startHookyard, type HookyardHandle } from '../../src/server/start-hookyard.js';
import { DEFAULT_SCHEDULE_MS } from '../../src/delivery/index.js';
import { receiver } from './receiver.js';

// The standardwebhooks library checks timestamps against the real clock: start the virtual one at now.
const START = Math.floor(Date.now() / 1000) * 1000;
const open: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  for (const o of open.splice(0)) await o.close();
});

async function yard(options: Parameters<typeof startHookyard>[0] = {}): Promise<HookyardHandle> {
  const y = await startHookyard({ port: 0, memory: true, clock: 'virtual', startTime: START, ...options });
  open.push(y);
  return y;
}

async function endpoint(y: HookyardHandle, profile: string, url: string, events: string[]): Promise<{ id: string; secret: string }> {
  const created = await y.api<{ secret: string; response: Record<string, any> }>('POST', '/endpoints', { profile, url, events });
  const r = created.response;
  return { id: r.data?.id ?? r.id ?? r.endpoint?.id, secret: created.secret };
}

describe('deliveries', () => {
  it('delivers an appkit event that the standardwebhooks library verifies', async () => {
    const app = await receiver();
    open.push(app);
    const y = await yard();
    const { secret } = await endpoint(y, 'appkit', app.url, ['user.created']);
    const fired = await y.api<{ events: Array<{ id: string }>; deliveries: Array<{ state: string }> }>('POST', '/events', {
      profile: 'appkit',
      type: 'user.created',
    });
    expect(fired.deliveries).toHaveLength(1);
    const got = app.received[0]!;
    const payload = new Webhook(secret).verify(got.body.toString('utf8'), got.headers as Record<string, string>) as { type: string };
    expect(payload.type).toBe('user.created');
    expect(got.headers['webhook-id']).toBe(fired.events[0]!.id);
    expect(fired.deliveries[0]!.state).toBe('succeeded');
  });

  for (const [profile, type] of [
    ['signa', 'alert.created'],
    ['signalbase', 'funding.created'],
    ['pipai', 'strategy.error'],
    ['alerting', 'alert.triggered'],
  ] as const) {
    it(`${profile}: signs ${type} with its scheme, verified by the engine`, async () => {
      const app = await receiver();
      open.push(app);
      const y = await yard();
      const { secret } = await endpoint(y, profile, app.url, [type]);
      await y.api('POST', '/events', { profile, type });
      const got = app.received[0]!;
      const verdict = verify(profile, { headers: got.headers as Record<string, string>, body: got.body, secrets: [secret], now: START });
      expect(verdict).toMatchObject({ ok: true });
      expect(JSON.parse(got.body.toString())).toBeTypeOf('object');
    });
  }

  it('retries on the schedule with the same event id and a fresh signature, then succeeds', async () => {
    const app = await receiver((n) => ({ status: n < 4 ? 500 : 200 }));
    open.push(app);
    const y = await yard();
    const { id, secret } = await endpoint(y, 'signalbase', app.url, ['funding.created']);
    await y.api('POST', '/events', { profile: 'signalbase', type: 'funding.created' });
    expect(app.received).toHaveLength(1);
    await y.advance(DEFAULT_SCHEDULE_MS[1]!);
    await y.advance(DEFAULT_SCHEDULE_MS[2]!);
    await y.advance(DEFAULT_SCHEDULE_MS[3]!);
    expect(app.received).toHaveLength(4);
    const ids = new Set(app.received.map((r) => JSON.parse(r.body.toString()).id));
    expect(ids.size).toBe(1);
    const stamps = app.received.map((r) => Number(r.headers['x-signalbase-timestamp']));
    expect(stamps[1]! - stamps[0]!).toBe(5);
    expect(stamps[2]! - stamps[1]!).toBe(300);
    expect(new Set(app.received.map((r) => r.headers['x-signalbase-signature'])).size).toBe(4);
    for (const r of app.received)
      expect(
        verify('signalbase', {
          headers: r.headers as Record<string, string>,
          body: r.body,
          secrets: [secret],
          now: Number(r.headers['x-signalbase-timestamp']) * 1000,
        }).ok,
      ).toBe(true);
    const [delivery] = await y.api<Array<{ id: string; eventId: string; state: string; attempts: unknown[] }>>(
      'GET',
      `/deliveries?endpoint=${id}`,
    );
    expect(delivery).toMatchObject({ state: 'succeeded' });
    // The same delivery found through the history's indexes: by profile and endpoint, by event, and in the event list.
    const byEndpoint = await y.api<Array<{ id: string }>>('GET', `/deliveries?profile=signalbase&endpoint=${id}`);
    expect(byEndpoint.map((d) => d.id)).toEqual([delivery!.id]);
    expect((await y.api<Array<{ id: string }>>('GET', `/deliveries?event=${delivery!.eventId}`)).map((d) => d.id)).toEqual([delivery!.id]);
    expect(await y.api('GET', `/deliveries?profile=signa&endpoint=${id}`)).toEqual([]);
    const events = await y.api<Array<{ id: string; deliveries: Array<{ id: string; endpointId: string }> }>>('GET', '/events');
    expect(events.find((e) => e.id === delivery!.eventId)?.deliveries).toEqual([{ id: delivery!.id, endpointId: id, state: 'succeeded' }]);
    expect(delivery!.attempts).toHaveLength(4);
    const webhook = await (
      await fetch(`${y.url}/signalbase/api/v2/webhooks/${id}`, { headers: { authorization: 'Bearer hy_signalbase_test' } })
    ).json();
    expect(webhook.data.stats).toMatchObject({
      total_deliveries: 4,
      successful_deliveries: 1,
      failed_deliveries: 3,
      consecutive_failures: 0,
    });
  });

  it('runs the whole schedule and gives up after the last attempt', async () => {
    const app = await receiver(() => ({ status: 503 }));
    open.push(app);
    const y = await yard();
    await endpoint(y, 'appkit', app.url, ['user.created']);
    await y.api('POST', '/events', { profile: 'appkit', type: 'user.created' });
    await y.advance(DEFAULT_SCHEDULE_MS.reduce((a, b) => a + b, 0));
    expect(app.received).toHaveLength(DEFAULT_SCHEDULE_MS.length);
    const [delivery] = await y.api<Array<{ state: string; reason: string }>>('GET', '/deliveries');
    expect(delivery).toMatchObject({ state: 'failed', reason: expect.stringMatching(/schedule is spent/) });
  });

  it('honours Retry-After', async () => {
    const app = await receiver((n) => (n === 1 ? { status: 429, headers: { 'retry-after': '120' } } : { status: 200 }));
    open.push(app);
    const y = await yard();
    await endpoint(y, 'appkit', app.url, ['user.created']);
    await y.api('POST', '/events', { profile: 'appkit', type: 'user.created' });
    await y.advance(DEFAULT_SCHEDULE_MS[1]!);
    expect(app.received).toHaveLength(1);
    await y.advance(120_000 - DEFAULT_SCHEDULE_MS[1]!);
    expect(app.received).toHaveLength(2);
  });

  it('disables the endpoint on 410 Gone', async () => {
    const app = await receiver(() => ({ status: 410 }));
    open.push(app);
    const y = await yard();
    const { id } = await endpoint(y, 'signa', app.url, ['alert.created']);
    await y.api('POST', '/events', { profile: 'signa', type: 'alert.created' });
    const signa = await (await fetch(`${y.url}/signa/v1/webhooks/${id}`, { headers: { authorization: 'Bearer hy_signa_test' } })).json();
    expect(signa).toMatchObject({ status: 'disabled', consecutive_failures: 1 });
    expect(signa.last_failure_at).toBe(new Date(START).toISOString());
    await y.advance(3600_000);
    expect(app.received).toHaveLength(1);
  });

  it('auto-disables after five days of only failures', async () => {
    const app = await receiver(() => ({ status: 500 }));
    open.push(app);
    const y = await yard();
    const { id } = await endpoint(y, 'pipai', app.url, ['strategy.*']);
    for (let day = 0; day < 6; day++) {
      await y.api('POST', '/events', { profile: 'pipai', type: 'strategy.error' });
      await y.advance(24 * 3600_000);
    }
    const endpoints = await y.api<Array<{ id: string; status: string }>>('GET', '/endpoints?profile=pipai');
    expect(endpoints.find((e) => e.id === id)?.status).toBe('broken');
  });

  it('keeps signing with the previous Signa secret during its grace, and appkit drops it at once', async () => {
    const app = await receiver(() => ({ status: 500 }));
    open.push(app);
    const y = await yard();
    const signa = await endpoint(y, 'signa', app.url, ['alert.created']);
    await y.api('POST', '/events', { profile: 'signa', type: 'alert.created' });
    const rotated = await y.api<{ secret: string }>('POST', `/endpoints/signa/${signa.id}/rotate`);
    await y.advance(DEFAULT_SCHEDULE_MS[1]!);
    const retry = app.received[1]!;
    const header = String(retry.headers['signa-signature']);
    expect(header.match(/v1=/g)).toHaveLength(2);
    for (const secret of [signa.secret, rotated.secret])
      expect(
        verify('signa', { headers: retry.headers as Record<string, string>, body: retry.body, secrets: [secret], now: y.clock.now() }).ok,
      ).toBe(true);

    const kit = await endpoint(y, 'appkit', app.url, ['user.created']);
    await y.api('POST', '/events', { profile: 'appkit', type: 'user.created' });
    const next = await y.api<{ secret: string }>('POST', `/endpoints/appkit/${kit.id}/rotate`);
    await y.advance(DEFAULT_SCHEDULE_MS[1]!);
    const last = app.received.at(-1)!;
    expect(String(last.headers['webhook-signature']).split(' ')).toHaveLength(1);
    expect(() => new Webhook(kit.secret).verify(last.body.toString(), last.headers as Record<string, string>)).toThrow();
    expect(() => new Webhook(next.secret).verify(last.body.toString(), last.headers as Record<string, string>)).not.toThrow();
  });

  it('records timeouts, refusals and redirects as failures of their kind', async () => {
    const hang = await receiver(() => 'hang');
    const redirect = await receiver(() => ({ status: 302, headers: { location: 'http://127.0.0.1:1/elsewhere' } }));
    open.push(hang, redirect);
    const y = await yard({ deliveryTimeoutMs: 150 });
    for (const url of [hang.url, redirect.url, 'http://127.0.0.1:9/closed']) await endpoint(y, 'appkit', url, ['user.created']);
    await y.api('POST', '/events', { profile: 'appkit', type: 'user.created' });
    const deliveries = await y.api<Array<{ url: string; attempts: Array<{ errorKind: string; status: number | null }> }>>(
      'GET',
      '/deliveries',
    );
    const kinds = Object.fromEntries(deliveries.map((d) => [d.url, d.attempts[0]!.errorKind]));
    expect(kinds).toEqual({ [hang.url]: 'timeout', [redirect.url]: 'redirect', 'http://127.0.0.1:9/closed': 'refused' });
  });

  it('keeps at most 64 KiB of a response, flagged truncated', async () => {
    const app = await receiver(() => ({ status: 200, body: 'x'.repeat(100_000) }));
    open.push(app);
    const y = await yard();
    await endpoint(y, 'appkit', app.url, ['user.created']);
    await y.api('POST', '/events', { profile: 'appkit', type: 'user.created' });
    const [d] = await y.api<Array<{ attempts: Array<{ response: { body: string; truncated: boolean } }> }>>('GET', '/deliveries');
    expect(d!.attempts[0]!.response).toMatchObject({ truncated: true });
    expect(d!.attempts[0]!.response.body).toHaveLength(65536);
  });

  it('delivers only to loopback, checking the resolved address, unless allowed', async () => {
    const app = await receiver();
    open.push(app);
    const port = new URL(app.url).port;
    const resolveHost = (name: string, _o: unknown, cb: (e: null, a: Array<{ address: string; family: number }>) => void) =>
      cb(null, [{ address: name === 'inside.test' ? '127.0.0.1' : '10.0.0.1', family: 4 }]);
    const y = await yard({ resolveHost });
    await endpoint(y, 'appkit', `http://inside.test:${port}/hooks`, ['user.created']);
    await endpoint(y, 'appkit', `http://outside.test:${port}/hooks`, ['user.created']);
    await y.api('POST', '/events', { profile: 'appkit', type: 'user.created' });
    const deliveries = await y.api<Array<{ url: string; attempts: Array<{ ok: boolean; errorKind: string; errorMessage: string }> }>>(
      'GET',
      '/deliveries',
    );
    const byHost = Object.fromEntries(deliveries.map((d) => [new URL(d.url).hostname, d.attempts[0]!]));
    expect(byHost['inside.test']).toMatchObject({ ok: true });
    expect(byHost['outside.test']).toMatchObject({
      ok: false,
      errorKind: 'destination_blocked',
      errorMessage: expect.stringMatching(/10\.0\.0\.1.*--allow-destination outside.test/),
    });
    expect(app.received).toHaveLength(1);
  });

  it('duplicates, delays and reorders deliveries on request', async () => {
    const app = await receiver();
    open.push(app);
    let seed = 7;
    const y = await yard({
      randomBytes: (n) => Uint8Array.from({ length: n }, () => (seed = (seed * 1103515245 + 12345) % 2147483648) % 256),
    });
    await endpoint(y, 'appkit', app.url, ['user.created']);
    await y.api('POST', '/events', { profile: 'appkit', type: 'user.created', faults: { duplicate: true } });
    expect(app.received).toHaveLength(2);
    expect(app.received[0]!.headers['webhook-id']).toBe(app.received[1]!.headers['webhook-id']);
    await y.api('POST', '/events', { profile: 'appkit', type: 'user.created', faults: { delayMs: 30_000 } });
    expect(app.received).toHaveLength(2);
    await y.advance(30_000);
    expect(app.received).toHaveLength(3);
    const batch = await y.api<{ events: Array<{ id: string }> }>('POST', '/events', {
      profile: 'appkit',
      type: 'user.created',
      count: 4,
      faults: { outOfOrder: true },
    });
    const order = app.received.slice(3).map((r) => r.headers['webhook-id']);
    expect(order).toHaveLength(4);
    expect(order).not.toEqual(batch.events.map((e) => e.id));
    expect([...order].sort()).toEqual(batch.events.map((e) => e.id).sort());
  });

  it('applies --set overrides and matches pipai wildcards and signalbase filters', async () => {
    const app = await receiver();
    open.push(app);
    const y = await yard();
    await endpoint(y, 'pipai', app.url, ['backtest.*']);
    await y.api('POST', '/events', { profile: 'pipai', type: 'strategy.error' });
    expect(app.received).toHaveLength(0);
    await y.api('POST', '/events', { profile: 'pipai', type: 'backtest.job_done', set: { 'data.metrics.trades': 7 } });
    expect(JSON.parse(app.received[0]!.body.toString()).data.metrics.trades).toBe(7);
    await y.api('POST', '/endpoints', {
      profile: 'signalbase',
      body: { endpoint_url: app.url, event_types: ['funding.created'], filters: { countries: 'FR' } },
    });
    await y.api('POST', '/events', { profile: 'signalbase', type: 'funding.created' });
    expect(app.received).toHaveLength(1);
    await y.api('POST', '/events', { profile: 'signalbase', type: 'funding.created', set: { 'data.company.country': 'FR' } });
    expect(app.received).toHaveLength(2);
  });

  it('answers unknown events and profiles clearly', async () => {
    const y = await yard();
    await expect(y.api('POST', '/events', { profile: 'appkit', type: 'user.exploded' })).rejects.toMatchObject({
      status: 400,
      body: { error: { message: expect.stringMatching(/no event "user.exploded"; its events are user.created/) } },
    });
    await expect(y.api('POST', '/events', { profile: 'nope', type: 'x' })).rejects.toMatchObject({ status: 404 });
    await expect(y.api('POST', '/clock/advance', { ms: -1 })).rejects.toMatchObject({ status: 400 });
  });
});
