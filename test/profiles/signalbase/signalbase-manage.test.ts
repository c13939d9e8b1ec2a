import { describe, expect, it } from 'vitest';
import { signalbaseProfile } from '../../../src/profiles/signalbase/index.js';
import { BASE, FIXED_NOW, makeSignalbase, type SbCaller } from './support.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

async function createN(sb: SbCaller, n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    sb.clock.now += 1000;
    const r = await sb.create({ endpoint_url: `https://example.com/h${i}` });
    expect(r.status).toBe(201);
    ids.push(r.body.data.id);
  }
  return ids;
}

describe('signalbase list', () => {
  it('lists newest first with secret_preview and never the secret', async () => {
    const sb = await makeSignalbase();
    const ids = await createN(sb, 3);
    const r = await sb.call('GET', BASE);
    expect(r.status).toBe(200);
    expect(r.body.meta).toEqual({ endpoint: 'webhooks.list', creditsUsed: 0 });
    expect(r.body.data.map((w: any) => w.id)).toEqual([...ids].reverse());
    for (const w of r.body.data) {
      expect(w).not.toHaveProperty('secret');
      const secret = sb.state.webhooks.find((s) => s.id === w.id)!.secret;
      expect(w.secret_preview).toBe(`…${secret.slice(-4)}`);
    }
  });

  it('includes soft-deleted webhooks with active=false and filters on ?active', async () => {
    const sb = await makeSignalbase();
    const [a, b, c] = await createN(sb, 3);
    await sb.call('DELETE', `${BASE}/${b}`);
    const all = await sb.call('GET', BASE);
    expect(all.body.data.map((w: any) => [w.id, w.active])).toEqual([
      [c, true],
      [b, false],
      [a, true],
    ]);
    const active = await sb.call('GET', `${BASE}?active=true`);
    expect(active.body.data.map((w: any) => w.id)).toEqual([c, a]);
    const inactive = await sb.call('GET', `${BASE}?active=false`);
    expect(inactive.body.data.map((w: any) => w.id)).toEqual([b]);
  });

  it('rejects an ?active value other than true or false', async () => {
    const r = await (await makeSignalbase()).call('GET', `${BASE}?active=yes`);
    expect(r.status).toBe(400);
    expect(r.body).toEqual({ success: false, error: 'active must be "true" or "false".', code: 'bad_request' });
  });

  it("shows only the key's own team", async () => {
    const sb = await makeSignalbase();
    await createN(sb, 2);
    const other = { key: 'sb_team_b', scopes: ['*'], team: 'b' };
    expect((await sb.call('GET', BASE, { apiKey: other })).body.data).toEqual([]);
  });
});

describe('signalbase retrieve', () => {
  it('returns the webhook with secret_preview "…" + last 4 characters', async () => {
    const sb = await makeSignalbase();
    const created = (await sb.create()).body.data;
    const r = await sb.call('GET', `${BASE}/${created.id}`);
    expect(r.status).toBe(200);
    expect(r.body.meta).toEqual({ endpoint: 'webhooks.retrieve', creditsUsed: 0 });
    const { secret, ...rest } = created;
    expect(r.body.data).toEqual({ ...rest, secret_preview: `…${secret.slice(-4)}` });
    expect(r.body.data.secret_preview).toHaveLength(5);
  });

  it("answers 404 not_found for an unknown id and for another team's webhook", async () => {
    const sb = await makeSignalbase();
    const id = (await sb.create()).body.data.id;
    const unknown = await sb.call('GET', `${BASE}/3f9a1c7e-2b4d-4e6a-9f1b-8c2d3e4f5a6b`);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ success: false, error: 'Webhook 3f9a1c7e-2b4d-4e6a-9f1b-8c2d3e4f5a6b not found.', code: 'not_found' });
    const foreign = await sb.call('GET', `${BASE}/${id}`, { apiKey: { key: 'sb_b', scopes: ['*'], team: 'b' } });
    expect(foreign.status).toBe(404);
    for (const method of ['PATCH', 'DELETE'] as const) {
      expect((await sb.call(method, `${BASE}/nope`, { body: {} })).body.code).toBe('not_found');
    }
  });
});

describe('signalbase update', () => {
  it('changes endpoint_url, event_types, filters and active, and moves updated_at', async () => {
    const sb = await makeSignalbase();
    const created = (await sb.create({ filters: { countries: 'US' } })).body.data;
    sb.clock.now = FIXED_NOW + 3_600_000;
    const r = await sb.call('PATCH', `${BASE}/${created.id}`, {
      body: {
        endpoint_url: 'https://example.com/new',
        event_types: ['job_change.created', 'job_change.created'],
        filters: { search: 'acme', round: 'seed' },
        active: false,
      },
    });
    expect(r.status).toBe(200);
    expect(r.body.meta).toEqual({ endpoint: 'webhooks.update', creditsUsed: 0 });
    expect(r.body.data).toMatchObject({
      id: created.id,
      endpoint_url: 'https://example.com/new',
      event_types: ['job_change.created'],
      filters: { search: 'acme' },
      active: false,
      created_at: created.created_at,
      updated_at: new Date(FIXED_NOW + 3_600_000).toISOString(),
    });
    expect(r.body.data).not.toHaveProperty('secret');
    expect(r.body.data.secret_preview).toBe(`…${created.secret.slice(-4)}`);
  });

  it('accepts camelCase fields and leaves unsent fields alone', async () => {
    const sb = await makeSignalbase();
    const created = (await sb.create({ filters: { countries: 'US' } })).body.data;
    const r = await sb.call('PATCH', `${BASE}/${created.id}`, { body: { endpointUrl: 'https://example.com/camel' } });
    expect(r.body.data).toMatchObject({
      endpoint_url: 'https://example.com/camel',
      event_types: created.event_types,
      filters: { countries: 'US' },
      active: true,
    });
    const types = await sb.call('PATCH', `${BASE}/${created.id}`, { body: { eventTypes: ['system.test'] } });
    expect(types.body.data.event_types).toEqual(['system.test']);
  });

  it('records who changed it and from where', async () => {
    const sb = await makeSignalbase();
    const created = (await sb.create()).body.data;
    const r = await sb.call('PATCH', `${BASE}/${created.id}`, {
      body: { active: false },
      via: 'dashboard',
      apiKey: { key: 'sb_colleague', scopes: ['*'] },
    });
    expect(r.body.data.last_modified_via).toBe('dashboard');
    expect(r.body.data.last_modified_by).toMatch(/^user_[0-9a-f]{16}$/);
    expect(r.body.data.last_modified_by).not.toBe(created.last_modified_by);
    const deleted = await sb.call('DELETE', `${BASE}/${created.id}`);
    expect(deleted.body.data).toMatchObject({ last_modified_by: created.last_modified_by, last_modified_via: 'api' });
  });

  const invalid: Array<[string, unknown, RegExp]> = [
    ['a bad endpoint_url', { endpoint_url: 'not a url' }, /Invalid endpoint_url/],
    ['an endpoint_url over 500 characters', { endpoint_url: `https://example.com/${'x'.repeat(481)}` }, /maximum is 500/],
    ['an unknown event type', { event_types: ['funding.created', 'nope'] }, /Invalid event type "nope"/],
    ['empty event_types', { event_types: [] }, /non-empty array/],
    ['a non-string filter', { filters: { teamSize: 50 } }, /filters.teamSize must be a string/],
    ['a non-boolean active', { active: 'false' }, /active must be a boolean, got a string/],
    ['a non-boolean rotate_secret', { rotate_secret: 'yes' }, /rotate_secret must be a boolean/],
    ['a non-boolean rotateSecret', { rotateSecret: 1 }, /rotate_secret must be a boolean, got a number/],
    ['a body that is not an object', [1], /expected a JSON object/],
  ];
  for (const [what, body, message] of invalid) {
    it(`rejects ${what} with 400 and changes nothing`, async () => {
      const sb = await makeSignalbase();
      const id = (await sb.create()).body.data.id;
      const before = JSON.stringify(sb.state.webhooks);
      const r = await sb.call('PATCH', `${BASE}/${id}`, { body });
      expect(r.status).toBe(400);
      expect(r.body.code).toBe('bad_request');
      expect(r.body.error).toMatch(message);
      expect(JSON.stringify(sb.state.webhooks)).toBe(before);
    });
  }

  it('applies the production URL rule on update', async () => {
    const sb = await makeSignalbase({ env: 'production' });
    const id = (await sb.create()).body.data.id;
    const r = await sb.call('PATCH', `${BASE}/${id}`, { body: { endpoint_url: 'http://192.168.0.2/h' } });
    expect(r.body).toEqual({ success: false, error: 'Webhook URL must be a public address', code: 'bad_request' });
  });
});

describe('signalbase rotate_secret', () => {
  it('rotates with PATCH rotate_secret:true, returns the full new secret once, and invalidates the old one', async () => {
    const sb = await makeSignalbase();
    const created = (await sb.create()).body.data;
    const r = await sb.call('PATCH', `${BASE}/${created.id}`, { body: { rotate_secret: true } });
    expect(r.status).toBe(200);
    expect(r.body.data.secret).toMatch(UUID_V4);
    expect(r.body.data.secret).not.toBe(created.secret);
    expect(r.body.data).not.toHaveProperty('secret_preview');
    expect(signalbaseProfile.signingSecrets(sb.state, created.id, sb.clock.now)).toEqual([r.body.data.secret]);
    const read = await sb.call('GET', `${BASE}/${created.id}`);
    expect(read.body.data.secret_preview).toBe(`…${r.body.data.secret.slice(-4)}`);
    expect(read.body.data).not.toHaveProperty('secret');
  });

  it('accepts rotateSecret and combines rotation with other changes', async () => {
    const sb = await makeSignalbase();
    const created = (await sb.create()).body.data;
    const r = await sb.call('PATCH', `${BASE}/${created.id}`, { body: { rotateSecret: true, endpoint_url: 'https://example.com/both' } });
    expect(r.body.data.secret).toMatch(UUID_V4);
    expect(r.body.data.endpoint_url).toBe('https://example.com/both');
  });

  it('does not rotate for rotate_secret:false and shows only the preview', async () => {
    const sb = await makeSignalbase();
    const created = (await sb.create()).body.data;
    const r = await sb.call('PATCH', `${BASE}/${created.id}`, { body: { rotate_secret: false } });
    expect(r.body.data).not.toHaveProperty('secret');
    expect(r.body.data.secret_preview).toBe(`…${created.secret.slice(-4)}`);
  });
});

describe('signalbase delete', () => {
  it('soft-deletes: 200 with active=false, still retrievable', async () => {
    const sb = await makeSignalbase();
    const created = (await sb.create()).body.data;
    sb.clock.now += 5000;
    const r = await sb.call('DELETE', `${BASE}/${created.id}`);
    expect(r.status).toBe(200);
    expect(r.body.meta).toEqual({ endpoint: 'webhooks.delete', creditsUsed: 0 });
    expect(r.body.data).toMatchObject({ id: created.id, active: false, updated_at: new Date(sb.clock.now).toISOString() });
    expect(r.body.data).not.toHaveProperty('secret');
    expect(r.body.data).not.toHaveProperty('deleted_at');
    const read = await sb.call('GET', `${BASE}/${created.id}`);
    expect(read.status).toBe(200);
    expect(read.body.data.active).toBe(false);
  });
});

describe('signalbase active limit', () => {
  it('refuses the 11th active webhook with 400 bad_request', async () => {
    const sb = await makeSignalbase();
    await createN(sb, 10);
    const r = await sb.create();
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('bad_request');
    expect(r.body.error).toMatch(/at most 10 active webhooks/);
    expect(sb.state.webhooks).toHaveLength(10);
  });

  it('does not count soft-deleted or deactivated webhooks', async () => {
    const sb = await makeSignalbase();
    const ids = await createN(sb, 10);
    await sb.call('DELETE', `${BASE}/${ids[0]}`);
    expect((await sb.create()).status).toBe(201);
    await sb.call('PATCH', `${BASE}/${ids[1]}`, { body: { active: false } });
    expect((await sb.create()).status).toBe(201);
    expect((await sb.create()).status).toBe(400);
  });

  it('refuses re-activation beyond the limit and allows it within', async () => {
    const sb = await makeSignalbase();
    const ids = await createN(sb, 10);
    await sb.call('DELETE', `${BASE}/${ids[0]}`);
    await sb.create();
    const again = await sb.call('PATCH', `${BASE}/${ids[0]}`, { body: { active: true } });
    expect(again.status).toBe(400);
    expect(again.body.error).toMatch(/at most 10 active/);
    // Already active: setting active:true again is not a new activation.
    expect((await sb.call('PATCH', `${BASE}/${ids[2]}`, { body: { active: true } })).status).toBe(200);
    await sb.call('DELETE', `${BASE}/${ids[3]}`);
    const back = await sb.call('PATCH', `${BASE}/${ids[0]}`, { body: { active: true } });
    expect(back.status).toBe(200);
    expect(back.body.data.active).toBe(true);
  });

  it('counts per team', async () => {
    const sb = await makeSignalbase();
    await createN(sb, 10);
    const r = await sb.create({}, { apiKey: { key: 'sb_b', scopes: ['*'], team: 'b' } });
    expect(r.status).toBe(201);
  });
});
