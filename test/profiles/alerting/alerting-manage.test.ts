import { describe, expect, it } from 'vitest';
import { alertingProfile } from '../../../src/profiles/alerting/index.js';
import { BASE, FIXED_NOW, makeCaller, seedBody } from './support.js';

async function withOne() {
  const c = await makeCaller(alertingProfile);
  const created = await c.call('POST', BASE, { body: seedBody });
  return { c, created };
}

describe('alerting list and get', () => {
  it('lists endpoints in creation order without plaintext secrets', async () => {
    const { c } = await withOne();
    await c.call('POST', BASE, { body: { ...seedBody, name: 'Pager' } });
    const res = await c.call('GET', BASE);
    expect(res.status).toBe(200);
    expect(res.body.endpoints.map((e: { id: string }) => e.id)).toEqual(['wh-001', 'wh-002']);
    expect(JSON.stringify(res.body)).not.toContain('my-secret-key');
    expect(res.body.endpoints[0].signingSecretMasked).toBe('****-key');
  });

  it('gets one endpoint, or 404 NOT_FOUND', async () => {
    const { c } = await withOne();
    const res = await c.call('GET', `${BASE}/wh-001`);
    expect(res.body).toEqual({ endpoint: expect.objectContaining({ id: 'wh-001', name: 'Slack Webhook' }) });
    expect(res.body).not.toHaveProperty('signingSecretPlaintext');
    const missing = await c.call('GET', `${BASE}/wh-999`);
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ error: { code: 'NOT_FOUND', message: expect.stringContaining('wh-999'), field: 'id' } });
  });
});

describe('alerting update', () => {
  it('updates the given fields and updatedAt only', async () => {
    const { c, created } = await withOne();
    c.clock.now = FIXED_NOW + 61_000;
    const res = await c.call('PUT', `${BASE}/wh-001`, { body: { name: 'Renamed', signingEnabled: false } });
    expect(res.status).toBe(200);
    expect(res.body.endpoint).toMatchObject({
      name: 'Renamed',
      url: seedBody.url,
      signingEnabled: false,
      createdAt: created.body.endpoint.createdAt,
    });
    expect(res.body.endpoint.updatedAt).not.toBe(created.body.endpoint.updatedAt);
    expect(res.body).not.toHaveProperty('signingSecretPlaintext');
  });

  it('replaces the secret when a non-empty signingSecret is sent, keeps it for ""', async () => {
    const { c } = await withOne();
    await c.call('PUT', `${BASE}/wh-001`, { body: { signingSecret: '' } });
    expect(c.state.endpoints[0]?.signingSecret).toBe('my-secret-key');
    const res = await c.call('PUT', `${BASE}/wh-001`, { body: { signingSecret: 'brand-new-secret' } });
    expect(res.body.endpoint.signingSecretMasked).toBe('****cret');
    expect(alertingProfile.signingSecrets(c.state, 'wh-001', FIXED_NOW)).toEqual(['brand-new-secret']);
  });

  it('validates like create and 404s unknown ids', async () => {
    const { c } = await withOne();
    const bad = await c.call('PUT', `${BASE}/wh-001`, { body: { url: 'nope' } });
    expect(bad.body.error).toMatchObject({ code: 'INVALID_ARGUMENT', field: 'url' });
    expect(c.state.endpoints[0]?.url).toBe(seedBody.url);
    expect((await c.call('PUT', `${BASE}/wh-404`, { body: { name: 'x' } })).status).toBe(404);
  });
});

describe('alerting delete', () => {
  it('deletes and then 404s', async () => {
    const { c } = await withOne();
    const res = await c.call('DELETE', `${BASE}/wh-001`);
    expect(res).toMatchObject({ status: 200, body: { id: 'wh-001', deleted: true } });
    expect((await c.call('GET', `${BASE}/wh-001`)).status).toBe(404);
    expect((await c.call('GET', BASE)).body.endpoints).toEqual([]);
  });
});

describe('alerting rotate-secret', () => {
  it('generates a new secret shown once; the old one stops at once', async () => {
    const { c } = await withOne();
    const res = await c.call('POST', `${BASE}/wh-001/rotate-secret`);
    expect(res.status).toBe(200);
    const secret: string = res.body.signingSecretPlaintext;
    expect(secret).toMatch(/^whsec_[0-9a-f]{32}$/);
    expect(res.body.endpoint.signingSecretMasked).toBe(`****${secret.slice(-4)}`);
    expect(alertingProfile.signingSecrets(c.state, 'wh-001', FIXED_NOW)).toEqual([secret]);
  });

  it('uses a supplied secret and rejects a bad one', async () => {
    const { c } = await withOne();
    const res = await c.call('POST', `${BASE}/wh-001/rotate-secret`, { body: { signingSecret: 'rotated-secret-1' } });
    expect(res.body.signingSecretPlaintext).toBe('rotated-secret-1');
    const bad = await c.call('POST', `${BASE}/wh-001/rotate-secret`, { body: { signingSecret: 7 } });
    expect(bad.body.error).toMatchObject({ code: 'INVALID_ARGUMENT', field: 'signingSecret' });
    expect((await c.call('POST', `${BASE}/wh-404/rotate-secret`)).status).toBe(404);
  });
});

describe('alerting profile hooks', () => {
  it('summarises endpoints for the control API', async () => {
    const { c } = await withOne();
    expect(alertingProfile.listEndpoints(c.state)).toEqual([
      expect.objectContaining({
        id: 'wh-001',
        profile: 'alerting',
        url: seedBody.url,
        status: 'active',
        active: true,
        description: 'Slack Webhook',
        secretMasked: '****-key',
        events: ['alert.triggered', 'alert.acknowledged', 'alert.resolved'],
      }),
    ]);
    expect(alertingProfile.events.testEvent).toBe('alert.test');
    expect(alertingProfile.signingSecrets(c.state, 'wh-404', FIXED_NOW)).toEqual([]);
  });

  it('renders errors with field null when absent', async () => {
    const c = await makeCaller(alertingProfile);
    expect(alertingProfile.renderError({ status: 401, code: 'UNAUTHENTICATED', message: 'no' }, c.deps)).toEqual({
      error: { code: 'UNAUTHENTICATED', message: 'no', field: null },
    });
  });
});
