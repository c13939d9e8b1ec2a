import { describe, expect, it } from 'vitest';
import type { HttpMethod } from '../../../src/profiles/types.js';
import { BASE, FIXED_NOW, makeSignalbase } from './support.js';

const windowEnd = (start: number) => String(Math.ceil((start + 60_000) / 1000));

describe('signalbase rate limit', () => {
  it('sets X-RateLimit-Limit, -Remaining and -Reset on successes and on handler errors', async () => {
    const sb = await makeSignalbase();
    const first = await sb.create();
    expect(first.headers).toMatchObject({
      'x-ratelimit-limit': '60',
      'x-ratelimit-remaining': '59',
      'x-ratelimit-reset': windowEnd(FIXED_NOW),
    });
    const bad = await sb.create({ event_types: ['nope'] });
    expect(bad.status).toBe(400);
    expect(bad.headers).toMatchObject({ 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '58' });
    const missing = await sb.call('GET', `${BASE}/nope`);
    expect(missing.status).toBe(404);
    expect(missing.headers).toMatchObject({ 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '59' });
  });

  it('answers the 61st request in a window with 429 rate_limited and retryAfter', async () => {
    const sb = await makeSignalbase();
    for (let i = 0; i < 60; i++) expect((await sb.call('GET', BASE)).status).toBe(200);
    sb.clock.now = FIXED_NOW + 45_000;
    const r = await sb.call('GET', BASE);
    expect(r.status).toBe(429);
    expect(r.body).toEqual({
      success: false,
      error: 'Too many requests. Please upgrade your plan or slow down.',
      code: 'rate_limited',
      retryAfter: 15,
    });
    expect(r.headers).toMatchObject({
      'x-ratelimit-limit': '60',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': windowEnd(FIXED_NOW),
      'retry-after': '15',
    });
  });

  it("counts per team and per operation, whichever of the team's keys calls", async () => {
    const sb = await makeSignalbase();
    const acme1 = { key: 'sb_acme_1', scopes: ['*'], team: 'acme' };
    const acme2 = { key: 'sb_acme_2', scopes: ['*'], team: 'acme' };
    for (let i = 0; i < 30; i++) await sb.call('GET', BASE, { apiKey: acme1 });
    for (let i = 0; i < 30; i++) await sb.call('GET', BASE, { apiKey: acme2 });
    expect((await sb.call('GET', BASE, { apiKey: acme1 })).status).toBe(429);
    expect((await sb.create({}, { apiKey: acme2 })).status).toBe(201);
    expect((await sb.call('GET', BASE)).status).toBe(200);
    expect((await sb.call('GET', BASE, { apiKey: { key: 'sb_other', scopes: ['*'], team: 'other' } })).status).toBe(200);
  });

  it('opens a new window 60 s after the first request of the last one', async () => {
    const sb = await makeSignalbase();
    for (let i = 0; i < 61; i++) await sb.call('GET', BASE);
    sb.clock.now = FIXED_NOW + 59_999;
    expect((await sb.call('GET', BASE)).status).toBe(429);
    sb.clock.now = FIXED_NOW + 60_000;
    const r = await sb.call('GET', BASE);
    expect(r.status).toBe(200);
    expect(r.headers).toMatchObject({ 'x-ratelimit-remaining': '59', 'x-ratelimit-reset': windowEnd(FIXED_NOW + 60_000) });
  });

  it('keeps its windows in plain JSON state', async () => {
    const sb = await makeSignalbase();
    await sb.call('GET', BASE);
    expect(JSON.parse(JSON.stringify(sb.state.rate))).toEqual(sb.state.rate);
    expect(Object.values(sb.state.rate)).toEqual([{ windowStart: FIXED_NOW, count: 1 }]);
  });
});

describe('signalbase subscription', () => {
  const expired = { key: 'sb_expired', scopes: ['*'], flags: { subscriptionExpired: true } };
  const body403 = {
    success: false,
    error: 'Subscription expired. Please upgrade your subscription: https://www.trysignalbase.com/#pricing',
    code: 'subscription_expired',
  };
  const calls: Array<[HttpMethod, string, unknown]> = [
    ['POST', BASE, { endpoint_url: 'https://example.com/h', event_types: ['funding.created'] }],
    ['GET', BASE, undefined],
    ['GET', `${BASE}/ID`, undefined],
    ['PATCH', `${BASE}/ID`, { rotate_secret: true }],
    ['DELETE', `${BASE}/ID`, undefined],
  ];
  for (const [method, path, body] of calls) {
    it(`answers ${method} ${path} for an expired subscription with 403 and changes nothing`, async () => {
      const sb = await makeSignalbase();
      const id = (await sb.create()).body.data.id;
      const before = JSON.stringify(sb.state.webhooks);
      const r = await sb.call(method, path.replace('ID', id), { body, apiKey: expired });
      expect(r.status).toBe(403);
      expect(r.body).toEqual(body403);
      // The expired key shares the default team's window, which the setup's create counted once.
      expect(r.headers).toMatchObject({ 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': method === 'POST' ? '59' : '60' });
      expect(JSON.stringify(sb.state.webhooks)).toBe(before);
    });
  }
});
