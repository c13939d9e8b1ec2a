import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHookyard, type HookyardHandle } from '../../../src/server/start-hookyard.js';

let yard: HookyardHandle;
beforeAll(async () => {
  yard = await startHookyard({
    port: 0,
    memory: true,
    clock: 'virtual',
    startTime: Date.parse('2026-05-29T10:30:00Z'),
    profiles: { signalbase: { apiKeys: [{ key: 'sb_expired', flags: { subscriptionExpired: true } }] } },
  });
});
afterAll(() => yard.close());

const call = (key: string, init: RequestInit = {}, path = '/signalbase/api/v2/webhooks') =>
  fetch(`${yard.url}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...(init.headers ?? {}) },
  });

describe('signalbase keys and limits', () => {
  it("answers a key without an active subscription with the seed's 403", async () => {
    const r = await call('sb_expired');
    expect(r.status).toBe(403);
    expect(await r.json()).toEqual({
      success: false,
      error: 'Subscription expired. Please upgrade your subscription: https://www.trysignalbase.com/#pricing',
      code: 'subscription_expired',
    });
  });

  it('counts the rate-limit window on the clock and reopens it after 60 s', async () => {
    for (let i = 0; i < 60; i++) expect((await call('hy_signalbase_test')).status).toBe(200);
    const limited = await call('hy_signalbase_test');
    expect(limited.status).toBe(429);
    const body = await limited.json();
    expect(body).toMatchObject({ code: 'rate_limited', retryAfter: 60 });
    expect(limited.headers.get('retry-after')).toBe('60');
    await yard.advance(60_000);
    const reopened = await call('hy_signalbase_test');
    expect(reopened.status).toBe(200);
    expect(reopened.headers.get('x-ratelimit-remaining')).toBe('59');
  });

  it('records dashboard changes as last_modified_via "dashboard"', async () => {
    const created = await yard.api<{ response: { data: { id: string; last_modified_via: string } } }>('POST', '/endpoints', {
      profile: 'signalbase',
      url: 'https://example.com/dash',
      events: ['funding.created'],
    });
    expect(created.response.data.last_modified_via).toBe('dashboard');
    const rotated = await yard.api<{ secret: string; response: { data: { last_modified_via: string } } }>(
      'POST',
      `/endpoints/signalbase/${created.response.data.id}/rotate`,
    );
    expect(rotated.secret).toMatch(/^[0-9a-f-]{36}$/);
    const via = await (await call('hy_signalbase_test', {}, `/signalbase/api/v2/webhooks/${created.response.data.id}`)).json();
    expect(via.data.last_modified_via).toBe('dashboard');
  });
});
