import { describe, expect, it } from 'vitest';
import { signaProfile } from '../../../src/profiles/signa/index.js';
import { makeCaller } from './support.js';

const body = { url: 'https://acme.example.com/signa-webhook', description: 'prod alerts', enabled_events: ['alert.created'] };
const key = { 'Idempotency-Key': 'create-prod-webhook-2026-06-12' };

describe('signa idempotency', () => {
  it('replays the first response verbatim for the same key and body', async () => {
    const c = await makeCaller(signaProfile);
    const first = await c.call('POST', '/v1/webhooks', { body, headers: key });
    const second = await c.call('POST', '/v1/webhooks', {
      body: { enabled_events: ['alert.created'], description: 'prod alerts', url: body.url },
      headers: key,
    });
    expect(second.status).toBe(first.status);
    expect(second.body).toEqual(first.body);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(c.state.endpoints).toHaveLength(1);
  });

  it('rejects the same key with a different body', async () => {
    const c = await makeCaller(signaProfile);
    await c.call('POST', '/v1/webhooks', { body, headers: key });
    const res = await c.call('POST', '/v1/webhooks', { body: { ...body, description: 'other' }, headers: key });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ type: 'idempotency_error', code: 'idempotency_key_reused' });
    expect(res.body.error.message).toContain(key['Idempotency-Key']);
    expect(c.state.endpoints).toHaveLength(1);
  });

  it('rejects the same key on a different route', async () => {
    const c = await makeCaller(signaProfile);
    const created = await c.call('POST', '/v1/webhooks', { body, headers: key });
    const res = await c.call('POST', `/v1/webhooks/${created.body.id}/rotate-secret`, { headers: key });
    expect(res.status).toBe(400);
    expect(res.body.error.type).toBe('idempotency_error');
  });

  it('scopes keys per API key', async () => {
    const c = await makeCaller(signaProfile);
    await c.call('POST', '/v1/webhooks', { body, headers: key });
    const other = await c.call('POST', '/v1/webhooks', { body, headers: key, apiKey: { key: 'sk_other', scopes: ['portfolios:manage'] } });
    expect(other.headers['idempotent-replayed']).toBeUndefined();
    expect(c.state.endpoints).toHaveLength(2);
  });

  it('forgets keys after 24 hours', async () => {
    const c = await makeCaller(signaProfile);
    await c.call('POST', '/v1/webhooks', { body, headers: key });
    c.clock.now += 24 * 3600_000 - 1;
    expect((await c.call('POST', '/v1/webhooks', { body, headers: key })).headers['idempotent-replayed']).toBe('true');
    c.clock.now += 1;
    const later = await c.call('POST', '/v1/webhooks', { body, headers: key });
    expect(later.headers['idempotent-replayed']).toBeUndefined();
    expect(c.state.endpoints).toHaveLength(2);
    // The expired record is swept once it is an hour past its 24 h (a sweep rewrites the collection).
    expect(c.state.idempotency).toHaveLength(2);
    c.clock.now += 3600_000;
    await c.call('POST', '/v1/webhooks', { body, headers: { 'idempotency-key': 'another' } });
    expect(c.state.idempotency.map((r) => r.key)).toEqual([key['Idempotency-Key'], 'another']);
  });

  it('does not record failed requests, so a corrected retry may reuse the key', async () => {
    const c = await makeCaller(signaProfile);
    const bad = await c.call('POST', '/v1/webhooks', { body: { ...body, enabled_events: ['nope'] }, headers: key });
    expect(bad.status).toBe(400);
    const good = await c.call('POST', '/v1/webhooks', { body, headers: key });
    expect(good.status).toBe(200);
  });

  it('replays a rotation instead of rotating twice', async () => {
    const c = await makeCaller(signaProfile);
    const created = await c.call('POST', '/v1/webhooks', { body });
    const path = `/v1/webhooks/${created.body.id}/rotate-secret`;
    const a = await c.call('POST', path, { headers: { 'Idempotency-Key': 'rot-1' } });
    const b = await c.call('POST', path, { headers: { 'Idempotency-Key': 'rot-1' } });
    expect(b.body).toEqual(a.body);
    expect(c.state.endpoints[0]?.secret_version).toBe(2);
  });

  it('rejects an over-long key', async () => {
    const c = await makeCaller(signaProfile);
    const res = await c.call('POST', '/v1/webhooks', { body, headers: { 'Idempotency-Key': 'k'.repeat(256) } });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ type: 'idempotency_error', code: 'idempotency_key_invalid' });
  });
});

describe('signa renderError', () => {
  it('maps statuses to Stripe error types and omits param when absent', async () => {
    const deps = (await makeCaller(signaProfile)).deps;
    const cases: Array<[number, string, string]> = [
      [401, 'invalid_api_key', 'authentication_error'],
      [403, 'insufficient_scope', 'permission_error'],
      [404, 'resource_missing', 'invalid_request_error'],
      [429, 'rate_limited', 'rate_limit_error'],
      [500, 'api_error', 'api_error'],
    ];
    for (const [status, code, type] of cases) {
      const body = signaProfile.renderError({ status, code, message: 'm' }, deps) as { error: Record<string, unknown>; request_id: string };
      expect(body.error).toEqual({ type, code, message: 'm' });
      expect(body.request_id).toMatch(/^req_/);
    }
  });

  it('offers every documented 400 for Hookyard-Simulate', () => {
    const codes = signaProfile.simulatedErrors.filter((e) => e.status === 400).map((e) => e.code);
    expect(codes).toEqual(expect.arrayContaining(['url_invalid', 'event_type_invalid', 'url_https_required']));
  });
});
