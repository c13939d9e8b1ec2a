import { describe, expect, it } from 'vitest';
import { alertingProfile } from '../../../src/profiles/alerting/index.js';
import { BASE, FIXED_NOW, makeCaller, seedBody } from './support.js';

describe('alerting CreateAlertWebhookEndpoint', () => {
  it('answers the seed example: 200 with the endpoint and the plaintext secret', async () => {
    const c = await makeCaller(alertingProfile);
    const res = await c.call('POST', BASE, { body: seedBody });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(['endpoint', 'signingSecretPlaintext']);
    expect(res.body.signingSecretPlaintext).toBe('my-secret-key');
    const iso = new Date(FIXED_NOW).toISOString().replace('.000Z', 'Z');
    expect(res.body.endpoint).toEqual({
      id: 'wh-001',
      name: 'Slack Webhook',
      url: seedBody.url,
      signingEnabled: true,
      signingSecretMasked: '****-key',
      createdAt: iso,
      updatedAt: iso,
    });
    expect(res.body.endpoint.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('numbers ids wh-001, wh-002 and never reuses them', async () => {
    const c = await makeCaller(alertingProfile);
    const a = await c.call('POST', BASE, { body: seedBody });
    const b = await c.call('POST', BASE, { body: seedBody });
    expect([a.body.endpoint.id, b.body.endpoint.id]).toEqual(['wh-001', 'wh-002']);
    await c.call('DELETE', `${BASE}/wh-002`);
    expect((await c.call('POST', BASE, { body: seedBody })).body.endpoint.id).toBe('wh-003');
    c.state.nextNumber = 1000;
    expect((await c.call('POST', BASE, { body: seedBody })).body.endpoint.id).toBe('wh-1000');
  });

  it.each([[''], [null], [undefined]])('auto-generates the secret when signingSecret is %j', async (signingSecret) => {
    const c = await makeCaller(alertingProfile);
    const res = await c.call('POST', BASE, { body: { ...seedBody, signingSecret } });
    expect(res.status).toBe(200);
    const secret: string = res.body.signingSecretPlaintext;
    expect(secret).toMatch(/^whsec_[0-9a-f]{32}$/);
    expect(res.body.endpoint.signingSecretMasked).toBe(`****${secret.slice(-4)}`);
    expect(c.state.endpoints[0]?.signingSecret).toBe(secret);
  });

  it('generates a different secret for each endpoint', async () => {
    const c = await makeCaller(alertingProfile);
    const a = await c.call('POST', BASE, { body: { ...seedBody, signingSecret: '' } });
    const b = await c.call('POST', BASE, { body: { ...seedBody, signingSecret: '' } });
    expect(a.body.signingSecretPlaintext).not.toBe(b.body.signingSecretPlaintext);
  });

  it('keeps a secret while signing is disabled but signs nothing until enabled', async () => {
    const c = await makeCaller(alertingProfile);
    const res = await c.call('POST', BASE, { body: { ...seedBody, signingEnabled: false, signingSecret: '' } });
    expect(res.body.endpoint.signingEnabled).toBe(false);
    expect(res.body.signingSecretPlaintext).toMatch(/^whsec_/);
    expect(alertingProfile.signingSecrets(c.state, 'wh-001', FIXED_NOW)).toEqual([]);
    await c.call('PUT', `${BASE}/wh-001`, { body: { signingEnabled: true } });
    expect(alertingProfile.signingSecrets(c.state, 'wh-001', FIXED_NOW)).toEqual([res.body.signingSecretPlaintext]);
  });

  it('masks short secrets entirely', async () => {
    const c = await makeCaller(alertingProfile);
    const res = await c.call('POST', BASE, { body: { ...seedBody, signingSecret: 'abc1234' } });
    expect(res.body.endpoint.signingSecretMasked).toBe('****');
    const long = await c.call('POST', BASE, { body: { ...seedBody, signingSecret: 'abcd1234' } });
    expect(long.body.endpoint.signingSecretMasked).toBe('****1234');
  });

  it.each(['name', 'url', 'signingEnabled'])('requires %s', async (field) => {
    const c = await makeCaller(alertingProfile);
    const body: Record<string, unknown> = { ...seedBody };
    delete body[field];
    const res = await c.call('POST', BASE, { body });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: { code: 'INVALID_ARGUMENT', message: expect.stringContaining(`${field} is required`), field } });
    expect(c.state.endpoints).toHaveLength(0);
  });

  it.each([
    ['name', 5],
    ['name', '   '],
    ['name', 'n'.repeat(256)],
    ['url', 'not a url'],
    ['url', 'ftp://example.com/x'],
    ['url', 42],
    ['url', ''],
    ['signingEnabled', 'true'],
    ['signingEnabled', 1],
    ['signingSecret', 12345],
    ['signingSecret', 's'.repeat(257)],
  ])('rejects %s = %j', async (field, value) => {
    const c = await makeCaller(alertingProfile);
    const res = await c.call('POST', BASE, { body: { ...seedBody, [field]: value } });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'INVALID_ARGUMENT', field });
    expect(res.body.error.message.length).toBeGreaterThan(10);
  });

  it('rejects a body that is not an object with field null', async () => {
    const c = await makeCaller(alertingProfile);
    const res = await c.call('POST', BASE, { body: 'hello' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'INVALID_ARGUMENT', field: null });
  });

  it('ignores unknown fields', async () => {
    const c = await makeCaller(alertingProfile);
    const res = await c.call('POST', BASE, { body: { ...seedBody, color: 'red' } });
    expect(res.status).toBe(200);
    expect(res.body.endpoint).not.toHaveProperty('color');
  });

  it('accepts http and localhost in sandbox, requires https and a public host in production', async () => {
    const sandbox = await makeCaller(alertingProfile);
    expect((await sandbox.call('POST', BASE, { body: { ...seedBody, url: 'http://localhost:8080/alerts' } })).status).toBe(200);
    const prod = await makeCaller(alertingProfile, { env: 'production' });
    const http = await prod.call('POST', BASE, { body: { ...seedBody, url: 'http://hooks.example.com/a' } });
    expect(http.body.error).toMatchObject({ code: 'INVALID_ARGUMENT', field: 'url' });
    expect(http.body.error.message).toMatch(/https/);
    const local = await prod.call('POST', BASE, { body: { ...seedBody, url: 'https://192.168.1.10/a' } });
    expect(local.body.error.message).toMatch(/private/);
    expect((await prod.call('POST', BASE, { body: seedBody })).status).toBe(200);
  });
});
