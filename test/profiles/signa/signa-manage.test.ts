import { describe, expect, it } from 'vitest';
import { signaProfile } from '../../../src/profiles/signa/index.js';
import { makeCaller } from './support.js';

const valid = { url: 'https://acme.example.com/signa-webhook', enabled_events: ['alert.created'] };

async function withEndpoints(n: number) {
  const c = await makeCaller(signaProfile);
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const res = await c.call('POST', '/v1/webhooks', { body: { ...valid, description: `n${i}` } });
    ids.push(res.body.id);
  }
  return { c, ids };
}

describe('signa webhooks.retrieve', () => {
  it('redacts the secret', async () => {
    const { c, ids } = await withEndpoints(1);
    const res = await c.call('GET', `/v1/webhooks/${ids[0]}`);
    expect(res.status).toBe(200);
    expect(res.body.id).toBe(ids[0]);
    expect(res.body).not.toHaveProperty('secret');
    expect(res.body.secret_version).toBe(1);
    expect(res.body.request_id).toMatch(/^req_/);
  });

  it('answers 404 resource_missing for an unknown id', async () => {
    const c = await makeCaller(signaProfile);
    const res = await c.call('GET', '/v1/webhooks/whk_nope');
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({ type: 'invalid_request_error', code: 'resource_missing', param: 'id' });
    expect(res.body.error.message).toContain('whk_nope');
  });
});

describe('signa webhooks.list', () => {
  it('is a Stripe list, newest first, without secrets', async () => {
    const { c, ids } = await withEndpoints(3);
    const res = await c.call('GET', '/v1/webhooks');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ object: 'list', has_more: false, url: '/v1/webhooks' });
    expect(res.body.data.map((e: { id: string }) => e.id)).toEqual([...ids].reverse());
    for (const item of res.body.data) {
      expect(item).not.toHaveProperty('secret');
      expect(item).not.toHaveProperty('request_id');
      expect(item.object).toBe('webhook_endpoint');
    }
  });

  it('pages with limit, starting_after and ending_before', async () => {
    const { c, ids } = await withEndpoints(5);
    const newest = [...ids].reverse();
    const first = await c.call('GET', '/v1/webhooks?limit=2');
    expect(first.body.data.map((e: { id: string }) => e.id)).toEqual(newest.slice(0, 2));
    expect(first.body.has_more).toBe(true);
    const second = await c.call('GET', `/v1/webhooks?limit=2&starting_after=${newest[1]}`);
    expect(second.body.data.map((e: { id: string }) => e.id)).toEqual(newest.slice(2, 4));
    const last = await c.call('GET', `/v1/webhooks?limit=2&starting_after=${newest[3]}`);
    expect(last.body.data.map((e: { id: string }) => e.id)).toEqual(newest.slice(4));
    expect(last.body.has_more).toBe(false);
    const back = await c.call('GET', `/v1/webhooks?limit=2&ending_before=${newest[4]}`);
    expect(back.body.data.map((e: { id: string }) => e.id)).toEqual(newest.slice(2, 4));
    expect(back.body.has_more).toBe(true);
  });

  it.each(['0', '101', 'ten', '1.5'])('rejects limit=%s', async (limit) => {
    const c = await makeCaller(signaProfile);
    const res = await c.call('GET', `/v1/webhooks?limit=${limit}`);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'parameter_invalid', param: 'limit' });
  });

  it('rejects an unknown cursor', async () => {
    const c = await makeCaller(signaProfile);
    const res = await c.call('GET', '/v1/webhooks?starting_after=whk_gone');
    expect(res.status).toBe(400);
    expect(res.body.error.param).toBe('starting_after');
  });
});

describe('signa webhooks.update', () => {
  it('updates fields, bumps updated_at and hides the secret', async () => {
    const { c, ids } = await withEndpoints(1);
    c.clock.now += 60_000;
    const res = await c.call('POST', `/v1/webhooks/${ids[0]}`, {
      body: { url: 'https://acme.example.com/v2', description: null, disabled: true },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ url: 'https://acme.example.com/v2', description: null, status: 'disabled' });
    expect(res.body).not.toHaveProperty('secret');
    expect(res.body.updated_at).not.toBe(res.body.created_at);
    const enabled = await c.call('POST', `/v1/webhooks/${ids[0]}`, { body: { disabled: false } });
    expect(enabled.body.status).toBe('active');
  });

  it('merges metadata and removes keys set to null', async () => {
    const c = await makeCaller(signaProfile);
    const created = await c.call('POST', '/v1/webhooks', { body: { ...valid, metadata: { a: 1, b: 2 } } });
    const res = await c.call('POST', `/v1/webhooks/${created.body.id}`, { body: { metadata: { b: null, c: 'x' } } });
    expect(res.body.metadata).toEqual({ a: 1, c: 'x' });
  });

  it('applies the create rules to updated fields', async () => {
    const { c, ids } = await withEndpoints(1);
    const events = await c.call('POST', `/v1/webhooks/${ids[0]}`, { body: { enabled_events: ['webhook.test'] } });
    expect(events.body.error).toMatchObject({ code: 'event_type_invalid' });
    const disabled = await c.call('POST', `/v1/webhooks/${ids[0]}`, { body: { disabled: 'yes' } });
    expect(disabled.body.error).toMatchObject({ code: 'parameter_invalid', param: 'disabled' });
    const unknown = await c.call('POST', `/v1/webhooks/${ids[0]}`, { body: { secret: 'whsec_x' } });
    expect(unknown.body.error).toMatchObject({ code: 'parameter_unknown', param: 'secret' });
    expect(c.state.endpoints[0]?.enabled_events).toEqual(['alert.created']);
  });

  it('answers 404 for an unknown id', async () => {
    const c = await makeCaller(signaProfile);
    expect((await c.call('POST', '/v1/webhooks/whk_nope', { body: {} })).status).toBe(404);
  });
});

describe('signa webhooks.delete', () => {
  it('deletes and answers a deleted object', async () => {
    const { c, ids } = await withEndpoints(2);
    const res = await c.call('DELETE', `/v1/webhooks/${ids[0]}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: ids[0], object: 'webhook_endpoint', deleted: true });
    expect(res.body.request_id).toMatch(/^req_/);
    expect((await c.call('GET', `/v1/webhooks/${ids[0]}`)).status).toBe(404);
    expect((await c.call('GET', '/v1/webhooks')).body.data).toHaveLength(1);
    expect((await c.call('DELETE', `/v1/webhooks/${ids[0]}`)).status).toBe(404);
  });
});

describe('signa webhooks.rotate_secret', () => {
  it('returns a new secret and secret_version 2; the old one signs for 24 h', async () => {
    const { c, ids } = await withEndpoints(1);
    const id = ids[0] ?? '';
    const oldSecret = c.state.endpoints[0]?.secret ?? '';
    const res = await c.call('POST', `/v1/webhooks/${id}/rotate-secret`);
    expect(res.status).toBe(200);
    expect(res.body.secret).toMatch(/^whsec_[A-Za-z0-9_-]{32}$/);
    expect(res.body.secret).not.toBe(oldSecret);
    expect(res.body.secret_version).toBe(2);
    expect(signaProfile.signingSecrets(c.state, id, c.clock.now)).toEqual([res.body.secret, oldSecret]);
    expect(signaProfile.signingSecrets(c.state, id, c.clock.now + 24 * 3600_000 - 1)).toHaveLength(2);
    expect(signaProfile.signingSecrets(c.state, id, c.clock.now + 24 * 3600_000)).toEqual([res.body.secret]);
    const again = await c.call('GET', `/v1/webhooks/${id}`);
    expect(again.body).not.toHaveProperty('secret');
    expect(again.body.secret_version).toBe(2);
  });

  it('keeps every secret rotated within the grace window', async () => {
    const { c, ids } = await withEndpoints(1);
    const id = ids[0] ?? '';
    const first = c.state.endpoints[0]?.secret;
    const second = (await c.call('POST', `/v1/webhooks/${id}/rotate-secret`)).body.secret;
    const third = (await c.call('POST', `/v1/webhooks/${id}/rotate-secret`)).body;
    expect(third.secret_version).toBe(3);
    expect(signaProfile.signingSecrets(c.state, id, c.clock.now)).toEqual([third.secret, second, first]);
  });

  it('rejects parameters and unknown ids', async () => {
    const { c, ids } = await withEndpoints(1);
    const bad = await c.call('POST', `/v1/webhooks/${ids[0]}/rotate-secret`, { body: { expires_in: 5 } });
    expect(bad.body.error).toMatchObject({ code: 'parameter_unknown', param: 'expires_in' });
    expect((await c.call('POST', '/v1/webhooks/whk_nope/rotate-secret')).status).toBe(404);
  });

  it('returns no secrets for an unknown endpoint', () => {
    expect(signaProfile.signingSecrets(signaProfile.initialState(), 'whk_nope', 0)).toEqual([]);
  });
});

describe('signa listEndpoints', () => {
  it('gives the profile-neutral view with no masked secret', async () => {
    const { c, ids } = await withEndpoints(1);
    await c.call('POST', `/v1/webhooks/${ids[0]}`, { body: { disabled: true } });
    const [summary] = signaProfile.listEndpoints(c.state);
    expect(summary).toMatchObject({
      id: ids[0],
      profile: 'signa',
      url: valid.url,
      events: ['alert.created'],
      status: 'disabled',
      active: false,
      description: 'n0',
      secretMasked: null,
    });
  });
});
