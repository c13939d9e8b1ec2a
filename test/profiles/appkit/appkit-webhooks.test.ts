import { describe, expect, it } from 'vitest';
import { appkitProfile } from '../../../src/profiles/appkit/index.js';
import { APP, base, FIXED_NOW, makeCaller, validBody } from './support.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

async function withOne(env: 'sandbox' | 'production' = 'sandbox') {
  const c = await makeCaller(appkitProfile, { env });
  const created = await c.call('POST', base(), { body: validBody });
  return { c, created, id: created.body.data.id as string };
}

describe('appkit webhooks.create', () => {
  it('answers 201 with exactly id, url, events, active, createdAt and secret', async () => {
    const { created } = await withOne();
    expect(created.status).toBe(201);
    expect(created.body.success).toBe(true);
    expect(Object.keys(created.body.data).sort()).toEqual(['active', 'createdAt', 'events', 'id', 'secret', 'url']);
    expect(created.body.data).toMatchObject({
      url: validBody.url,
      events: validBody.events,
      active: true,
      createdAt: new Date(FIXED_NOW).toISOString(),
    });
    expect(created.body.data.id).toMatch(UUID);
    const secret: string = created.body.data.secret;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);
  });

  it('collapses duplicate events', async () => {
    const c = await makeCaller(appkitProfile);
    const res = await c.call('POST', base(), { body: { ...validBody, events: ['user.created', 'user.created', 'user.deleted'] } });
    expect(res.body.data.events).toEqual(['user.created', 'user.deleted']);
  });

  it.each([
    [{ events: ['user.created'] }, /url is required/],
    [{ url: 'https://example.com/h' }, /events is required/],
    [{ ...validBody, events: [] }, /at least 1/],
    [{ ...validBody, events: 'user.created' }, /must be an array/],
    [{ ...validBody, events: ['user.created', 'order.paid'] }, /events\[1\].*order\.paid/],
    [{ ...validBody, events: ['webhook.ping'] }, /unknown event type "webhook.ping"/],
    [{ ...validBody, events: [3] }, /events\[0\] must be a string/],
    [{ ...validBody, url: 'not a url' }, /not a valid absolute URL/],
    [{ ...validBody, url: 'ftp://example.com/x' }, /https/],
    [{ ...validBody, url: `https://example.com/${'a'.repeat(2048)}` }, /2048/],
    ['text', /JSON object/],
  ])('rejects %j', async (body, message) => {
    const c = await makeCaller(appkitProfile);
    const res = await c.call('POST', base(), { body });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ success: false, error: { code: 'VALIDATION_ERROR', message: expect.stringMatching(message) } });
    expect(c.state.endpoints).toHaveLength(0);
  });

  it('accepts http and localhost in sandbox only', async () => {
    const sandbox = await makeCaller(appkitProfile);
    expect((await sandbox.call('POST', base(), { body: { ...validBody, url: 'http://127.0.0.1:3000/wh' } })).status).toBe(201);
    const prod = await makeCaller(appkitProfile, { env: 'production' });
    const http = await prod.call('POST', base(), { body: { ...validBody, url: 'http://example.com/wh' } });
    expect(http.body.error.message).toMatch(/https/);
    const local = await prod.call('POST', base(), { body: { ...validBody, url: 'https://[::1]:3000/wh' } });
    expect(local.body.error.message).toMatch(/public host/);
    expect((await prod.call('POST', base(), { body: validBody })).status).toBe(201);
  });
});

describe('appkit webhooks.list', () => {
  it("lists the app's endpoints without secrets, with updatedAt", async () => {
    const { c, id } = await withOne();
    await c.call('POST', base('other_app'), { body: validBody });
    const res = await c.call('GET', base());
    expect(res.status).toBe(200);
    expect(res.body.success).toBe(true);
    expect(res.body.data).toHaveLength(1);
    expect(Object.keys(res.body.data[0]).sort()).toEqual(['active', 'createdAt', 'events', 'id', 'updatedAt', 'url']);
    expect(res.body.data[0].id).toBe(id);
    expect((await c.call('GET', base('empty_app'))).body).toEqual({ success: true, data: [] });
  });
});

describe('appkit webhooks.update', () => {
  it('returns id, url, events, active, updatedAt only', async () => {
    const { c, id } = await withOne();
    c.clock.now = FIXED_NOW + 5000;
    const res = await c.call('PUT', `${base()}/${id}`, { body: { active: false, events: ['user.deleted'] } });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.data).sort()).toEqual(['active', 'events', 'id', 'updatedAt', 'url']);
    expect(res.body.data).toEqual({
      id,
      url: validBody.url,
      events: ['user.deleted'],
      active: false,
      updatedAt: new Date(FIXED_NOW + 5000).toISOString(),
    });
    const listed = await c.call('GET', base());
    expect(listed.body.data[0]).toMatchObject({ active: false, createdAt: new Date(FIXED_NOW).toISOString() });
  });

  it('validates fields and scopes ids to the app', async () => {
    const { c, id } = await withOne();
    const bad = await c.call('PUT', `${base()}/${id}`, { body: { active: 'no' } });
    expect(bad.body.error).toEqual({ code: 'VALIDATION_ERROR', message: expect.stringContaining('active must be a boolean') });
    const empty = await c.call('PUT', `${base()}/${id}`, { body: { events: [] } });
    expect(empty.status).toBe(400);
    const elsewhere = await c.call('PUT', `${base('other_app')}/${id}`, { body: { active: false } });
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.body).toEqual({ success: false, error: { code: 'NOT_FOUND', message: expect.stringContaining(id) } });
    expect(c.state.endpoints[0]?.active).toBe(true);
  });
});

describe('appkit webhooks.delete', () => {
  it('answers 204 with no body and removes the endpoint', async () => {
    const { c, id } = await withOne();
    const res = await c.call('DELETE', `${base()}/${id}`);
    expect(res.status).toBe(204);
    expect(res.body).toBeUndefined();
    expect((await c.call('GET', base())).body.data).toEqual([]);
    expect((await c.call('DELETE', `${base()}/${id}`)).status).toBe(404);
  });
});

describe('appkit webhooks.rotate_secret', () => {
  it('returns only {secret} and invalidates the old one at once', async () => {
    const { c, id, created } = await withOne();
    const res = await c.call('POST', `${base()}/${id}/rotate-secret`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ success: true, data: { secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/]{43}=$/) } });
    expect(res.body.data.secret).not.toBe(created.body.data.secret);
    expect(appkitProfile.signingSecrets(c.state, id, FIXED_NOW)).toEqual([res.body.data.secret]);
    expect((await c.call('POST', `${base('x')}/${id}/rotate-secret`)).status).toBe(404);
  });
});

describe('appkit profile hooks', () => {
  it('summarises endpoints with their appId scope', async () => {
    const { c, id } = await withOne();
    expect(appkitProfile.listEndpoints(c.state)).toEqual([
      expect.objectContaining({
        id,
        profile: 'appkit',
        status: 'active',
        active: true,
        secretMasked: null,
        scope: { appId: APP },
        events: validBody.events,
      }),
    ]);
    expect(appkitProfile.signingSecrets(c.state, 'nope', FIXED_NOW)).toEqual([]);
    expect(appkitProfile.events.testEvent).toBe('webhook.ping');
  });

  it('has no retrieve route', async () => {
    const { c, id } = await withOne();
    expect((await c.call('GET', `${base()}/${id}`)).status).toBe(405);
  });
});
