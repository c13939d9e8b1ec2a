import { describe, expect, it } from 'vitest';
import { signalbaseProfile } from '../../../src/profiles/signalbase/index.js';
import { signalbaseScheme } from '../../../src/profiles/signalbase/scheme.js';
import { BASE, makeSignalbase } from './support.js';

const SEED_CODES = [
  'bad_request',
  'invalid_api_key',
  'subscription_expired',
  'not_found',
  'conflict',
  'rate_limited',
  'internal_server_error',
  'internal_error',
];

describe('signalbase definition', () => {
  it('mounts at /signalbase with bearer auth and the hy_signalbase_test key', () => {
    expect(signalbaseProfile.mount).toBe('/signalbase');
    expect(
      signalbaseProfile.auth.requestHeaders(signalbaseProfile.defaultApiKeys[0]!, {
        method: 'GET',
        path: '/',
        search: '',
        body: '',
        now: 0,
      }),
    ).toEqual({
      authorization: 'Bearer hy_signalbase_test',
    });
    expect(signalbaseProfile.seed).toBe('001_a25d17bda50d87e8.txt');
    expect(signalbaseProfile.defaultApiKeys[0]).toMatchObject({ key: 'hy_signalbase_test', scopes: ['*'] });
    expect(signalbaseProfile.deliveryScheme).toBe(signalbaseScheme);
  });

  it('serves the webhook routes with their meta.endpoint operations', () => {
    const table = signalbaseProfile.routes.map((r) => `${r.method} ${r.path} ${r.operation}`);
    expect(table).toEqual(
      expect.arrayContaining([
        `POST ${BASE} webhooks.create`,
        `GET ${BASE} webhooks.list`,
        `GET ${BASE}/:id webhooks.retrieve`,
        `PATCH ${BASE}/:id webhooks.update`,
        `DELETE ${BASE}/:id webhooks.delete`,
      ]),
    );
    expect(signalbaseProfile.routes.find((r) => r.operation === 'webhooks.create')?.inferred).toBeFalsy();
  });

  it("lists the seed's event enum and system.test as the test event", () => {
    expect([...signalbaseProfile.events.types]).toEqual([
      'funding.created',
      'acquisition.created',
      'job_change.created',
      'hiring.created',
      'new_company.created',
      'system.test',
    ]);
    expect(signalbaseProfile.events.testEvent).toBe('system.test');
  });

  it('renders errors as {success:false,error,code} plus extra members', async () => {
    const deps = (await makeSignalbase()).deps;
    expect(signalbaseProfile.renderError({ status: 404, code: 'not_found', message: 'gone', field: 'id' }, deps)).toEqual({
      success: false,
      error: 'gone',
      code: 'not_found',
    });
    expect(signalbaseProfile.renderError({ status: 429, code: 'rate_limited', message: 'slow', extra: { retryAfter: 9 } }, deps)).toEqual({
      success: false,
      error: 'slow',
      code: 'rate_limited',
      retryAfter: 9,
    });
    expect(signalbaseProfile.errorCodes.unauthorized).toBe('invalid_api_key');
    for (const code of Object.values(signalbaseProfile.errorCodes)) expect(SEED_CODES).toContain(code);
  });

  it("can simulate every documented response with the seed's codes and example messages", () => {
    const simulated = signalbaseProfile.simulatedErrors;
    for (const e of simulated) expect(SEED_CODES).toContain(e.code);
    expect(new Set(simulated.map((e) => e.code))).toEqual(new Set(SEED_CODES));
    const byStatus = (s: number) => simulated.find((e) => e.status === s)!;
    expect(byStatus(400).message).toBe('Webhook URL must be a public address');
    expect(byStatus(401)).toMatchObject({ code: 'invalid_api_key', message: 'Invalid API key. No key found.' });
    expect(byStatus(403)).toMatchObject({
      code: 'subscription_expired',
      message: 'Subscription expired. Please upgrade your subscription: https://www.trysignalbase.com/#pricing',
    });
    expect(byStatus(429)).toMatchObject({
      code: 'rate_limited',
      message: 'Too many requests. Please upgrade your plan or slow down.',
      extra: { body: { retryAfter: 60 } },
    });
    expect(Object.keys(byStatus(429).extra?.headers ?? {})).toEqual(
      expect.arrayContaining(['X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset']),
    );
    expect(byStatus(500)).toMatchObject({ code: 'internal_error', message: 'An unknown error occurred' });
  });

  it("turns the inspector's neutral input into Signalbase bodies", () => {
    const bodies = signalbaseProfile.controlBodies!;
    expect(bodies.create({ url: 'https://example.com/h', events: ['funding.created'], description: 'ignored', active: true })).toEqual({
      endpoint_url: 'https://example.com/h',
      event_types: ['funding.created'],
    });
    expect(bodies.update!({ active: false })).toEqual({ active: false });
    expect(bodies.update!({ url: 'https://example.com/x', events: ['hiring.created'] })).toEqual({
      endpoint_url: 'https://example.com/x',
      event_types: ['hiring.created'],
    });
    expect(bodies.update!({})).toEqual({});
  });

  it('routes control operations through its own endpoints, rotating with PATCH rotate_secret', async () => {
    const { controlRoutes } = signalbaseProfile;
    expect(controlRoutes.rotate).toEqual({ method: 'PATCH', path: `${BASE}/:id`, body: { rotate_secret: true } });
    for (const route of Object.values(controlRoutes)) {
      expect(signalbaseProfile.routes.some((r) => r.method === route.method && r.path === route.path)).toBe(true);
    }
    const sb = await makeSignalbase();
    const created = await sb.call(controlRoutes.create!.method, controlRoutes.create!.path, {
      body: signalbaseProfile.controlBodies!.create({ url: 'https://example.com/d', events: ['hiring.created'] }),
      via: 'dashboard',
    });
    expect(created.status).toBe(201);
    expect(created.body.data.last_modified_via).toBe('dashboard');
    const id = created.body.data.id;
    const rotated = await sb.call(controlRoutes.rotate!.method, controlRoutes.rotate!.path.replace(':id', id), {
      body: controlRoutes.rotate!.body,
      via: 'dashboard',
    });
    expect(rotated.body.data.secret).not.toBe(created.body.data.secret);
  });

  it('summarises endpoints for the control API with the "…" + last 4 mask', async () => {
    const sb = await makeSignalbase();
    const a = (await sb.create()).body.data;
    const b = (await sb.create({ endpoint_url: 'https://example.com/b' })).body.data;
    const c = (await sb.create({ endpoint_url: 'https://example.com/c' })).body.data;
    await sb.call('DELETE', `${BASE}/${b.id}`);
    await sb.call('PATCH', `${BASE}/${c.id}`, { body: { active: false } });
    const summaries = signalbaseProfile.listEndpoints(sb.state);
    expect(summaries[0]).toEqual({
      id: a.id,
      profile: 'signalbase',
      url: a.endpoint_url,
      events: a.event_types,
      status: 'active',
      active: true,
      description: null,
      secretMasked: `…${a.secret.slice(-4)}`,
      createdAt: a.created_at,
      updatedAt: a.updated_at,
    });
    expect(summaries.map((s) => [s.status, s.active])).toEqual([
      ['active', true],
      ['deleted', false],
      ['inactive', false],
    ]);
  });

  it('signs with the current secret only', async () => {
    const sb = await makeSignalbase();
    const created = (await sb.create()).body.data;
    expect(signalbaseProfile.signingSecrets(sb.state, created.id, sb.clock.now)).toEqual([created.secret]);
    expect(signalbaseProfile.signingSecrets(sb.state, 'unknown', sb.clock.now)).toEqual([]);
  });

  it('starts from plain JSON state', () => {
    const state = signalbaseProfile.initialState();
    expect(state).toEqual({ webhooks: [], rate: {} });
  });
});
