import { describe, expect, it } from 'vitest';
import { signaProfile } from '../../../src/profiles/signa/index.js';
import { FIXED_NOW, makeCaller } from './support.js';

const valid = { url: 'https://acme.example.com/signa-webhook', description: 'prod alerts', enabled_events: ['alert.created'] };

const SEED_FIELDS = [
  'id',
  'object',
  'url',
  'description',
  'enabled_events',
  'status',
  'secret_version',
  'secret',
  'consecutive_failures',
  'last_success_at',
  'last_failure_at',
  'metadata',
  'created_at',
  'updated_at',
  'request_id',
];

describe('signa webhooks.create', () => {
  it('returns exactly the seed fields with the secret shown once', async () => {
    const c = await makeCaller(signaProfile);
    const res = await c.call('POST', '/v1/webhooks', { body: { ...valid, metadata: { team: 'ops', n: 1 } } });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual([...SEED_FIELDS].sort());
    expect(res.body).toMatchObject({
      object: 'webhook_endpoint',
      url: valid.url,
      description: 'prod alerts',
      enabled_events: ['alert.created'],
      status: 'active',
      secret_version: 1,
      consecutive_failures: 0,
      last_success_at: null,
      last_failure_at: null,
      metadata: { team: 'ops', n: 1 },
      created_at: new Date(FIXED_NOW).toISOString(),
      updated_at: new Date(FIXED_NOW).toISOString(),
    });
    expect(res.body.id).toMatch(/^whk_[0-9A-Za-z]{24}$/);
    expect(res.body.secret).toMatch(/^whsec_[A-Za-z0-9_-]{32}$/);
    expect(res.body.request_id).toMatch(/^req_[0-9A-Za-z]{14}$/);
    expect(c.state.endpoints[0]?.secret).toBe(res.body.secret);
  });

  it('defaults description to null and metadata to {}', async () => {
    const c = await makeCaller(signaProfile);
    const res = await c.call('POST', '/v1/webhooks', { body: { url: valid.url, enabled_events: ['alert.created'] } });
    expect(res.status).toBe(200);
    expect(res.body.description).toBeNull();
    expect(res.body.metadata).toEqual({});
  });

  it('gives each endpoint its own id and secret', async () => {
    const c = await makeCaller(signaProfile);
    const a = await c.call('POST', '/v1/webhooks', { body: valid });
    const b = await c.call('POST', '/v1/webhooks', { body: valid });
    expect(a.body.id).not.toBe(b.body.id);
    expect(a.body.secret).not.toBe(b.body.secret);
    expect(a.body.request_id).not.toBe(b.body.request_id);
  });

  it('requires scope portfolios:manage on every route', () => {
    for (const route of signaProfile.routes) expect(route.scope, route.operation).toBe('portfolios:manage');
  });

  it('accepts http:// and private hosts in sandbox', async () => {
    const c = await makeCaller(signaProfile, { env: 'sandbox' });
    const res = await c.call('POST', '/v1/webhooks', { body: { ...valid, url: 'http://localhost:3000/hooks' } });
    expect(res.status).toBe(200);
    expect(res.body.url).toBe('http://localhost:3000/hooks');
  });

  it('rejects http:// in production with url_https_required', async () => {
    const c = await makeCaller(signaProfile, { env: 'production' });
    const res = await c.call('POST', '/v1/webhooks', { body: { ...valid, url: 'http://acme.example.com/h' } });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ type: 'invalid_request_error', code: 'url_https_required', param: 'url' });
    expect(res.body.error.message).toMatch(/https/);
    expect(res.body.request_id).toMatch(/^req_/);
    expect(c.state.endpoints).toHaveLength(0);
  });

  it('accepts an https private host in production (the seed rejects only http)', async () => {
    const c = await makeCaller(signaProfile, { env: 'production' });
    const res = await c.call('POST', '/v1/webhooks', { body: { ...valid, url: 'https://10.0.0.5/h' } });
    expect(res.status).toBe(200);
  });

  it('accepts a 2048-character url and rejects 2049', async () => {
    const c = await makeCaller(signaProfile);
    const base = 'https://acme.example.com/';
    const ok = await c.call('POST', '/v1/webhooks', { body: { ...valid, url: base + 'a'.repeat(2048 - base.length) } });
    expect(ok.status).toBe(200);
    const bad = await c.call('POST', '/v1/webhooks', { body: { ...valid, url: base + 'a'.repeat(2049 - base.length) } });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'url_invalid', param: 'url' });
    expect(bad.body.error.message).toMatch(/2048/);
  });

  it.each([
    ['not a url', 'url_invalid'],
    ['ftp://acme.example.com/h', 'url_invalid'],
    ['', 'url_invalid'],
    [42, 'url_invalid'],
    ['/relative/path', 'url_invalid'],
  ])('rejects url %j with %s', async (url, code) => {
    const c = await makeCaller(signaProfile);
    const res = await c.call('POST', '/v1/webhooks', { body: { ...valid, url } });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ type: 'invalid_request_error', code, param: 'url' });
  });

  it('reports a missing url as parameter_missing', async () => {
    const c = await makeCaller(signaProfile);
    const res = await c.call('POST', '/v1/webhooks', { body: { enabled_events: ['alert.created'] } });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'parameter_missing', param: 'url' });
  });

  it('reports a missing body as parameter_missing url', async () => {
    const c = await makeCaller(signaProfile);
    const res = await c.call('POST', '/v1/webhooks');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'parameter_missing', param: 'url' });
  });

  it('rejects a body that is not an object', async () => {
    const c = await makeCaller(signaProfile);
    const res = await c.call('POST', '/v1/webhooks', { body: [valid] });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_request');
    expect(res.body.error.message).toMatch(/JSON object/);
  });

  it('rejects unknown parameters', async () => {
    const c = await makeCaller(signaProfile);
    const res = await c.call('POST', '/v1/webhooks', { body: { ...valid, events: ['alert.created'] } });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'parameter_unknown', param: 'events' });
  });

  it('accepts a 2000-character description and rejects 2001', async () => {
    const c = await makeCaller(signaProfile);
    expect((await c.call('POST', '/v1/webhooks', { body: { ...valid, description: 'd'.repeat(2000) } })).status).toBe(200);
    const bad = await c.call('POST', '/v1/webhooks', { body: { ...valid, description: 'd'.repeat(2001) } });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'parameter_invalid', param: 'description' });
  });

  it('rejects a non-string description', async () => {
    const c = await makeCaller(signaProfile);
    const res = await c.call('POST', '/v1/webhooks', { body: { ...valid, description: 5 } });
    expect(res.status).toBe(400);
    expect(res.body.error.param).toBe('description');
  });

  it('requires enabled_events', async () => {
    const c = await makeCaller(signaProfile);
    const res = await c.call('POST', '/v1/webhooks', { body: { url: valid.url } });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'parameter_missing', param: 'enabled_events' });
  });

  it('accepts 20 entries and rejects 0 or 21', async () => {
    const c = await makeCaller(signaProfile);
    const twenty = Array.from({ length: 20 }, () => 'alert.created');
    const ok = await c.call('POST', '/v1/webhooks', { body: { ...valid, enabled_events: twenty } });
    expect(ok.status).toBe(200);
    expect(ok.body.enabled_events).toEqual(twenty);
    for (const events of [[], [...twenty, 'alert.created']]) {
      const bad = await c.call('POST', '/v1/webhooks', { body: { ...valid, enabled_events: events } });
      expect(bad.status).toBe(400);
      expect(bad.body.error).toMatchObject({ code: 'parameter_invalid', param: 'enabled_events' });
      expect(bad.body.error.message).toMatch(/1 to 20/);
    }
  });

  it('rejects webhook.test as not subscribable', async () => {
    const c = await makeCaller(signaProfile);
    const res = await c.call('POST', '/v1/webhooks', { body: { ...valid, enabled_events: ['alert.created', 'webhook.test'] } });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'event_type_invalid', param: 'enabled_events[1]' });
    expect(res.body.error.message).toMatch(/\/test/);
  });

  it.each([['alert.updated'], ['*'], ['ALERT.CREATED']])('rejects event type %s', async (event) => {
    const c = await makeCaller(signaProfile);
    const res = await c.call('POST', '/v1/webhooks', { body: { ...valid, enabled_events: [event] } });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'event_type_invalid', param: 'enabled_events[0]' });
    expect(res.body.error.message).toContain(event);
  });

  it('rejects a non-array enabled_events and non-string entries', async () => {
    const c = await makeCaller(signaProfile);
    const a = await c.call('POST', '/v1/webhooks', { body: { ...valid, enabled_events: 'alert.created' } });
    expect(a.body.error).toMatchObject({ code: 'parameter_invalid', param: 'enabled_events' });
    const b = await c.call('POST', '/v1/webhooks', { body: { ...valid, enabled_events: [7] } });
    expect(b.body.error).toMatchObject({ code: 'event_type_invalid', param: 'enabled_events[0]' });
  });

  it.each([[[1, 2]], ['text'], [null], [3]])('rejects metadata %j', async (metadata) => {
    const c = await makeCaller(signaProfile);
    const res = await c.call('POST', '/v1/webhooks', { body: { ...valid, metadata } });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'parameter_invalid', param: 'metadata' });
  });
});
