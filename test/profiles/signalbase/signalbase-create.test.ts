import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BASE, FIXED_NOW, makeSignalbase, validBody } from './support.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
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

describe('signalbase create', () => {
  it('answers 201 in the seed envelope with the full secret, zeroed stats and audit fields', async () => {
    const sb = await makeSignalbase();
    const r = await sb.create({ filters: { countries: 'US,GB' } });
    expect(r.status).toBe(201);
    expect(r.body.success).toBe(true);
    expect(r.body.meta).toEqual({ endpoint: 'webhooks.create', creditsUsed: 0 });
    const d = r.body.data;
    expect(Object.keys(d).sort()).toEqual([
      'active',
      'created_at',
      'endpoint_url',
      'event_types',
      'filters',
      'id',
      'last_modified_by',
      'last_modified_via',
      'secret',
      'stats',
      'updated_at',
    ]);
    expect(d.id).toMatch(UUID_V4);
    expect(d.secret).toMatch(UUID_V4);
    expect(d.secret).not.toBe(d.id);
    expect(d).toMatchObject({
      endpoint_url: validBody.endpoint_url,
      event_types: validBody.event_types,
      filters: { countries: 'US,GB' },
      active: true,
      last_modified_via: 'api',
    });
    expect(d.created_at).toBe(new Date(FIXED_NOW).toISOString());
    expect(d.updated_at).toBe(d.created_at);
    expect(d.stats).toEqual({
      total_deliveries: 0,
      successful_deliveries: 0,
      failed_deliveries: 0,
      last_success_at: null,
      last_failure_at: null,
      consecutive_failures: 0,
    });
  });

  it('derives last_modified_by from the API key: user_ + 16 hex of its sha256, stable per key', async () => {
    const sb = await makeSignalbase();
    const a = await sb.create();
    const b = await sb.create();
    const other = await sb.create({}, { apiKey: { key: 'sb_other', scopes: ['*'] } });
    const expected = `user_${createHash('sha256').update('hy_signalbase_test').digest('hex').slice(0, 16)}`;
    expect(a.body.data.last_modified_by).toBe(expected);
    expect(b.body.data.last_modified_by).toBe(expected);
    expect(other.body.data.last_modified_by).toMatch(/^user_[0-9a-f]{16}$/);
    expect(other.body.data.last_modified_by).not.toBe(expected);
  });

  it('records last_modified_via "dashboard" for changes from the inspector', async () => {
    const r = await (await makeSignalbase()).create({}, { via: 'dashboard' });
    expect(r.body.data.last_modified_via).toBe('dashboard');
  });

  it('draws ids and secrets from the injected randomness', async () => {
    const one = await (await makeSignalbase({ seed: 'a' })).create();
    const same = await (await makeSignalbase({ seed: 'a' })).create();
    const other = await (await makeSignalbase({ seed: 'b' })).create();
    expect(same.body.data.id).toBe(one.body.data.id);
    expect(same.body.data.secret).toBe(one.body.data.secret);
    expect(other.body.data.id).not.toBe(one.body.data.id);
  });

  it('stores the webhook in state with its secret and team', async () => {
    const sb = await makeSignalbase();
    const r = await sb.create();
    expect(sb.state.webhooks).toHaveLength(1);
    expect(sb.state.webhooks[0]).toMatchObject({ id: r.body.data.id, secret: r.body.data.secret, team: 'default' });
    expect(JSON.parse(JSON.stringify(sb.state))).toEqual(sb.state);
  });

  it('accepts camelCase endpointUrl and eventTypes', async () => {
    const sb = await makeSignalbase();
    const r = await sb.call('POST', BASE, { body: { endpointUrl: 'https://example.com/camel', eventTypes: ['acquisition.created'] } });
    expect(r.status).toBe(201);
    expect(r.body.data).toMatchObject({ endpoint_url: 'https://example.com/camel', event_types: ['acquisition.created'] });
    expect(r.body.data).not.toHaveProperty('endpointUrl');
  });

  it('lets snake_case win when both spellings are sent', async () => {
    const r = await (await makeSignalbase()).call('POST', BASE, {
      body: {
        endpoint_url: 'https://example.com/snake',
        endpointUrl: 'https://example.com/camel',
        event_types: ['hiring.created'],
        eventTypes: ['funding.created'],
      },
    });
    expect(r.body.data).toMatchObject({ endpoint_url: 'https://example.com/snake', event_types: ['hiring.created'] });
  });

  it('accepts every event type of the enum, system.test included', async () => {
    const all = ['funding.created', 'acquisition.created', 'job_change.created', 'hiring.created', 'new_company.created', 'system.test'];
    const r = await (await makeSignalbase()).create({ event_types: all });
    expect(r.status).toBe(201);
    expect(r.body.data.event_types).toEqual(all);
  });

  it('removes duplicate event types keeping first-seen order', async () => {
    const r = await (await makeSignalbase()).create({
      event_types: ['hiring.created', 'funding.created', 'hiring.created', 'funding.created', 'system.test'],
    });
    expect(r.body.data.event_types).toEqual(['hiring.created', 'funding.created', 'system.test']);
  });

  it('keeps the 11 recognized filter keys with their values as given and drops the others', async () => {
    const recognized = {
      countries: 'US,GB',
      categories: 'fintech',
      search: 'Acme',
      teamSize: '11-50',
      dateFrom: '2026-01-01',
      dateTo: '2026-12-31',
      funding: 'seed,series a',
      roundFlavor: 'extension',
      fundingAmount: '1000000+',
      acquisitionAmount: 'anything at all',
      healthScore: '70-100',
    };
    const r = await (await makeSignalbase()).create({ filters: { ...recognized, round: 'seed', Countries: 'FR', colour: 'blue' } });
    expect(r.status).toBe(201);
    expect(r.body.data.filters).toEqual(recognized);
  });

  it('defaults filters to an empty object', async () => {
    const r = await (await makeSignalbase()).create();
    expect(r.body.data.filters).toEqual({});
  });

  it('accepts an endpoint_url of exactly 500 characters and http:// URLs', async () => {
    const sb = await makeSignalbase();
    const prefix = 'https://example.com/';
    const url500 = prefix + 'a'.repeat(500 - prefix.length);
    expect((await sb.create({ endpoint_url: url500 })).status).toBe(201);
    expect((await sb.create({ endpoint_url: 'http://example.com/plain' })).status).toBe(201);
  });
});

describe('signalbase create validation', () => {
  const cases: Array<[string, unknown, RegExp]> = [
    ['a missing endpoint_url', { event_types: ['funding.created'] }, /endpoint_url is required/],
    ['an empty endpoint_url', { endpoint_url: '', event_types: ['funding.created'] }, /endpoint_url is required/],
    ['a non-string endpoint_url', { endpoint_url: 42, event_types: ['funding.created'] }, /endpoint_url must be a string.*got a number/],
    [
      'a relative endpoint_url',
      { endpoint_url: '/hooks', event_types: ['funding.created'] },
      /Invalid endpoint_url.*not a valid absolute URL/,
    ],
    ['an ftp endpoint_url', { endpoint_url: 'ftp://example.com/x', event_types: ['funding.created'] }, /Invalid endpoint_url.*ftp:/],
    [
      'an endpoint_url of 501 characters',
      { endpoint_url: `https://example.com/${'a'.repeat(481)}`, event_types: ['funding.created'] },
      /501 characters long; the maximum is 500/,
    ],
    ['missing event_types', { endpoint_url: 'https://example.com/h' }, /event_types is required/],
    [
      'event_types that is not an array',
      { endpoint_url: 'https://example.com/h', event_types: 'funding.created' },
      /event_types must be a non-empty array.*got a string/,
    ],
    ['empty event_types', { endpoint_url: 'https://example.com/h', event_types: [] }, /event_types must be a non-empty array/],
    [
      'an unknown event type',
      { endpoint_url: 'https://example.com/h', event_types: ['funding.updated'] },
      /Invalid event type "funding.updated"; use one of funding.created,/,
    ],
    ['a non-string event type', { endpoint_url: 'https://example.com/h', event_types: [7] }, /Invalid event type 7/],
    ['filters that are not an object', { ...validBody, filters: ['US'] }, /filters must be an object of string values.*got an array/],
    ['a non-string filter value', { ...validBody, filters: { countries: ['US'] } }, /filters.countries must be a string.*got an array/],
    [
      'a numeric filter value, even under an unrecognized key',
      { ...validBody, filters: { colour: 3 } },
      /filters.colour must be a string.*got a number/,
    ],
    ['a body that is an array', [validBody], /Invalid request body: expected a JSON object, got an array/],
    ['a body that is a string', 'hello', /Invalid request body: expected a JSON object, got a string/],
    ['no body at all', undefined, /endpoint_url is required/],
  ];
  for (const [what, body, message] of cases) {
    it(`rejects ${what} with 400 bad_request`, async () => {
      const sb = await makeSignalbase();
      const r = await sb.call('POST', BASE, { body });
      expect(r.status).toBe(400);
      expect(Object.keys(r.body).sort()).toEqual(['code', 'error', 'success']);
      expect(r.body).toMatchObject({ success: false, code: 'bad_request' });
      expect(r.body.error).toMatch(message);
      expect(sb.state.webhooks).toHaveLength(0);
    });
  }

  it('uses only codes from the seed enum', async () => {
    const r = await (await makeSignalbase()).call('POST', BASE, { body: {} });
    expect(SEED_CODES).toContain(r.body.code);
  });
});

describe('signalbase destination rules', () => {
  const privateUrls = [
    'http://localhost:3000/h',
    'https://api.localhost/h',
    'http://127.0.0.1/h',
    'http://10.1.2.3/h',
    'http://172.16.0.1/h',
    'http://192.168.1.10/h',
    'http://169.254.169.254/latest',
    'http://[::1]/h',
    'http://[fc00::1]/h',
    'http://[fd12:3456::1]/h',
    'http://[fe80::1]/h',
    'http://0.0.0.0/h',
  ];
  for (const url of privateUrls) {
    it(`rejects ${url} in production with "Webhook URL must be a public address"`, async () => {
      const r = await (await makeSignalbase({ env: 'production' })).create({ endpoint_url: url });
      expect(r.status).toBe(400);
      expect(r.body).toEqual({ success: false, error: 'Webhook URL must be a public address', code: 'bad_request' });
    });
    it(`accepts ${url} in sandbox`, async () => {
      const r = await (await makeSignalbase({ env: 'sandbox' })).create({ endpoint_url: url });
      expect(r.status).toBe(201);
      expect(r.body.data.endpoint_url).toBe(url);
    });
  }

  it('accepts public http and https hosts in production', async () => {
    const sb = await makeSignalbase({ env: 'production' });
    for (const url of [
      'https://example.com/h',
      'http://example.com/h',
      'https://8.8.8.8/h',
      'https://172.32.0.1/h',
      'https://[2001:db8::1]/h',
    ]) {
      const r = await sb.create({ endpoint_url: url });
      expect(r.status, url).toBe(201);
    }
  });
});
