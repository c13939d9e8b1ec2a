import { knownSchemes } from '../../src/profiles/schemes.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHookyard, type HookyardHandle } from '../../src/server/start-hookyard.js';
import { builtInProfiles } from '../../src/profiles/registry.js';
import { authHeaders, deepJson, json, raw } from './support.js';

/** One test per defect of issue 9 (hostile input), each on the real server over loopback. */
let yard: HookyardHandle;
beforeAll(async () => {
  yard = await startHookyard({ port: 0, memory: true });
});
afterAll(() => yard.close());

const signa = builtInProfiles().find((p) => p.id === 'signa')!;
const pipai = builtInProfiles().find((p) => p.id === 'pipai')!;
const control = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
  raw(
    yard.port,
    method,
    `/_yard/api${path}`,
    { 'content-type': 'application/json', ...headers },
    body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  );
const signaCall = (method: string, path: string, body?: string) =>
  raw(yard.port, method, `/signa${path}`, { authorization: 'Bearer hy_signa_test', 'content-type': 'application/json' }, body);
const pipaiCall = (method: string, path: string, body = '') =>
  raw(
    yard.port,
    method,
    `/pipai${path}`,
    { 'content-type': 'application/json', ...authHeaders(pipai, method, `/pipai${path}`, '', body) },
    body,
  );

async function createSignaEndpoint(): Promise<string> {
  const r = await signaCall('POST', '/v1/webhooks', JSON.stringify({ url: 'https://example.com/h', enabled_events: ['alert.created'] }));
  expect(r.status).toBe(200);
  return json(r.body).id as string;
}

async function healthy(): Promise<void> {
  expect((await control('GET', '/health')).status).toBe(200);
  expect((await signaCall('GET', '/v1/webhooks')).status).toBe(200);
}

describe('hostile input regressions (issue 9)', () => {
  it('refuses prototype keys in event set (object and array forms) and overrides, naming them', async () => {
    const attempts: Array<[unknown, string]> = [
      [{ set: { '__proto__.hookyard-simulate': '"418"' } }, 'set.__proto__.hookyard-simulate'],
      [{ set: ['__proto__.hookyard-simulate="404"'] }, 'set[0]'],
      [{ overrides: { 'constructor.prototype.polluted': 1 } }, 'overrides.constructor.prototype.polluted'],
      [{ overrides: { 'data.prototype': 1 } }, 'overrides.data.prototype'],
      [{ data: { nested: { __proto__x: 1, constructor: 2 } } }, 'data.nested.constructor'],
    ];
    for (const [extra, field] of attempts) {
      const r = await control('POST', '/events', { profile: 'signa', type: 'alert.created', ...(extra as object) });
      expect(r.status, JSON.stringify(extra)).toBe(400);
      expect(json(r.body).error.field).toBe(field);
    }
    // A raw body whose own key is __proto__ (JSON.parse makes it an own property) is refused too.
    const own = await control('POST', '/events', '{"profile":"signa","type":"alert.created","data":{"__proto__":{"x":1}}}');
    expect(json(own.body).error).toMatchObject({ field: 'data.__proto__' });
    expect(({} as Record<string, unknown>)['hookyard-simulate']).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    await healthy();
  });

  it('refuses prototype keys in mocked bodies (Signa metadata merge) in the profile envelope', async () => {
    const id = await createSignaEndpoint();
    const r = await signaCall('POST', `/v1/webhooks/${id}`, '{"metadata":{"__proto__":{"polluted":true}}}');
    expect(r.status).toBe(400);
    expect(json(r.body)).toMatchObject({
      error: { param: 'metadata.__proto__', message: expect.stringMatching(/__proto__/) },
      request_id: expect.any(String),
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers 10,000-deep bodies with a 400 naming the depth limit, on mocked and control routes, and stays up', async () => {
    const deep = deepJson(10_000);
    const id = await createSignaEndpoint();
    const mocked = [
      await signaCall('POST', '/v1/webhooks', `{"url":"https://example.com/d","enabled_events":["alert.created"],"metadata":${deep}}`),
      await signaCall('POST', `/v1/webhooks/${id}`, `{"metadata":${deep}}`),
    ];
    for (const r of mocked) {
      expect(r.status).toBe(400);
      expect(json(r.body).error.message).toMatch(/deeper than 64 levels/);
    }
    for (const [path, body] of [
      ['/events', `{"profile":"signa","type":"alert.created","faults":${deep}}`],
      ['/captures/import', `{"format":"hookyard-captures","version":1,"captures":[${deep}]}`],
      ['/endpoints', `{"profile":"signa","body":${deep}}`],
    ]) {
      const r = await control('POST', path!, body);
      expect(r.status, path).toBe(400);
      expect(json(r.body).error.message, path).toMatch(/deeper than 64 levels/);
    }
    for (const path of ['/endpoints', '/keys', '/channels', '/deliveries', '/captures', '/captures/export'])
      expect((await control('GET', path)).status, path).toBe(200);
    await healthy();
  });

  it('never embeds a deep value in a validator message (Signalbase event_types, PipAI events/status/threshold)', async () => {
    const nested = deepJson(60);
    const sb = await raw(
      yard.port,
      'POST',
      '/signalbase/api/v2/webhooks',
      { authorization: 'Bearer hy_signalbase_test', 'content-type': 'application/json' },
      `{"endpoint_url":"https://example.com/s","event_types":[${nested}]}`,
    );
    expect(sb.status).toBe(400);
    expect(sb.body.length).toBeLessThan(1000);
    for (const body of [
      `{"url":"https://example.com/p","events":[${nested}]}`,
      `{"url":"https://example.com/p","events":["account.balance_low"],"balance_low_threshold":${nested}}`,
    ]) {
      const r = await pipaiCall('POST', '/v1/webhooks', body);
      expect(r.status).toBe(400);
      expect(r.body.length).toBeLessThan(1000);
    }
    const created = json(
      (await pipaiCall('POST', '/v1/webhooks', JSON.stringify({ url: 'https://example.com/deep-status', events: ['strategy.error'] })))
        .body,
    );
    const status = await pipaiCall('PUT', `/v1/webhooks/${created.id}`, `{"status":${nested}}`);
    expect(status.status).toBe(400);
    expect(json(status.body)).toMatchObject({ param: 'status', message: expect.stringMatching(/got an object/) });
  });

  it('applies --max-body to every control route with 413', async () => {
    const big = JSON.stringify({ profile: 'signa', url: 'x'.repeat(2 * 1024 * 1024) });
    for (const [method, path] of [
      ['POST', '/endpoints'],
      ['POST', '/captures/import'],
      ['PUT', '/channels/x'],
      ['POST', '/events'],
      ['POST', '/keys'],
    ]) {
      const r = await control(method!, path!, big);
      expect(r.status, path).toBe(413);
      expect(json(r.body).error).toMatchObject({ code: 'payload_too_large', message: expect.stringMatching(/1 MiB limit/) });
    }
  });

  it('refuses channel responses that cannot go on the wire, and capture keeps answering', async () => {
    const bad: unknown[] = [
      { headers: { 'bad name': 'x' } },
      { headers: { 'x-a': 'a\r\nb' } },
      { headers: { 'x-a': 'a\u0000b' } },
      { headers: { 'x-a': 'snow ☃' } },
      { headers: { 'Content-Length': '5' } },
      { headers: { 'transfer-encoding': 'chunked' } },
      { headers: { connection: 'close' } },
      { status: 101 },
      { status: 100 },
      { status: 199 },
    ];
    for (const response of bad) {
      const r = await control('PUT', '/channels/h', { response });
      expect(r.status, JSON.stringify(response)).toBe(400);
      expect(json(r.body).error.field, JSON.stringify(response)).toMatch(/^response\./);
    }
    expect((await control('PUT', '/channels/h', { response: { status: 418, headers: { 'x-ok': 'café' }, body: 'tea' } })).status).toBe(200);
    const captured = await raw(yard.port, 'POST', '/in/h', {}, '{}');
    expect(captured).toMatchObject({ status: 418, body: 'tea' });
    expect(captured.headers['x-ok']).toBe('café');
  });

  it('never reads a scheme from a path given to the control API, and says the same for any path', async () => {
    const answers = await Promise.all(
      ['/etc/passwd', '/no/such/file.json', '../package.json', 'C:\\x.json'].map((scheme) => control('PUT', '/channels/x', { scheme })),
    );
    const messages = answers.map((r) => json(r.body).error.message.replace(/"[^"]*"/g, '<path>'));
    for (const r of answers) expect(r.status).toBe(400);
    expect(new Set(messages).size).toBe(1);
    expect(answers.map((r) => r.body).join('')).not.toMatch(/root:|"name": "hookyard"|ENOENT|exist/);
    const inline = await control('PUT', '/channels/x', {
      scheme: { ...(await import('../../src/signing/index.js')).presetCatalogue.find('standard-webhooks'), id: 'my-scheme' },
    });
    expect(inline.status).toBe(200);
    expect(json(inline.body).scheme).toBe('my-scheme');
  });

  it('refuses bad faults.delayMs, naming it, and leaves no pending delivery behind', async () => {
    await createSignaEndpoint();
    const before = json((await control('GET', '/deliveries')).body).length;
    for (const delayMs of ['5', 1e16, 1e308, -1, 1.5, 86_400_001]) {
      const r = await control('POST', '/events', { profile: 'signa', type: 'alert.created', faults: { delayMs } });
      expect(r.status, String(delayMs)).toBe(400);
      expect(json(r.body).error.field).toBe('faults.delayMs');
    }
    expect(json((await control('GET', '/deliveries')).body).length).toBe(before);
    const unknown = await control('POST', '/events', { profile: 'signa', type: 'nope.nope' });
    expect(json(unknown.body).error).toMatchObject({ field: 'type', message: expect.stringMatching(/"type".*no event "nope.nope"/) });
  });

  it('refuses a lone surrogate in appId and replay bodies that are not strings', async () => {
    const r = await control(
      'POST',
      '/endpoints',
      '{"profile":"appkit","url":"https://example.com/a","events":["user.created"],"appId":"\\ud800"}',
    );
    expect(r.status).toBe(400);
    expect(json(r.body).error.field).toBe('appId');
    await raw(yard.port, 'POST', '/in/replay', {}, '{"a":1}');
    const id = json((await control('GET', '/captures?limit=1')).body).items[0].id as string;
    for (const body of [5, {}, true, null]) {
      const bad = await control('POST', `/captures/${id}/replay`, { url: 'http://127.0.0.1:1/x', body });
      expect(bad.status, JSON.stringify(body)).toBe(400);
      expect(json(bad.body).error.field).toBe('body');
    }
  });

  it('answers replay mistakes of the caller with 400, naming the field, and target failures with 502', async () => {
    await raw(yard.port, 'POST', '/in/replay2', {}, '{}');
    const id = json((await control('GET', '/captures?limit=1')).body).items[0].id as string;
    for (const [input, field] of [
      [{ url: 'nope' }, 'url'],
      [{ url: 12345 }, 'url'],
      [{ url: 'ftp://example.com/x' }, 'url'],
      [{ url: 'http://127.0.0.1:1/', headers: { 'bad name': 'x' } }, 'headers'],
      [{ url: 'http://127.0.0.1:1/', headers: { 'x-a': 5 } }, 'headers.x-a'],
      [{ url: 'http://127.0.0.1:1/', headers: { 'x-a': 'a\nb' } }, 'headers.x-a'],
    ] as const) {
      const r = await control('POST', `/captures/${id}/replay`, input);
      expect(r.status, JSON.stringify(input)).toBe(400);
      expect(json(r.body).error.field).toBe(field);
      expect(r.body).not.toMatch(/is not a function/);
    }
    const unreachable = await control('POST', `/captures/${id}/replay`, { url: 'http://127.0.0.1:1/x' });
    expect(unreachable.status).toBe(502);
  });

  it('checks import entries deeply, and curl keeps working', async () => {
    const entry = {
      id: 'cap_imp',
      channel: 'c',
      method: 'POST',
      path: '',
      url: 'http://localhost/in/c',
      query: '',
      headers: [['x-a', 'b']],
      remoteAddress: null,
      receivedAt: new Date(0).toISOString(),
      size: 2,
      contentType: null,
      bodyBase64: Buffer.from('{}').toString('base64'),
      verdict: null,
      response: { status: 200 },
    };
    for (const [change, field] of [
      [{ headers: [[1, 2]] }, 'captures[0].headers[0][0]'],
      [{ url: 5 }, 'captures[0].url'],
      [{ bodyBase64: '***' }, 'captures[0].bodyBase64'],
      [{ response: { status: 99 } }, 'captures[0].response.status'],
      [{ verdict: { ok: 'yes' } }, 'captures[0].verdict.ok'],
    ] as const) {
      const r = await control('POST', '/captures/import', { format: 'hookyard-captures', version: 1, captures: [{ ...entry, ...change }] });
      expect(r.status, field).toBe(400);
      expect(json(r.body).error.field).toBe(field);
    }
    expect((await control('GET', '/captures/cap_imp')).status).toBe(404);
    expect(json((await control('POST', '/captures/import', { format: 'hookyard-captures', version: 1, captures: [entry] })).body)).toEqual({
      imported: 1,
    });
    expect((await control('GET', '/captures/cap_imp/curl')).status).toBe(200);
  });

  it('answers /assets/ and /assets/. with 404, not 500', async () => {
    for (const path of ['/assets/', '/assets/.', '/assets/./']) expect((await raw(yard.port, 'GET', path)).status, path).toBe(404);
  });

  it('captures requests whatever their Host', async () => {
    for (const host of ['[', 'a b', ':99999']) {
      const r = await raw(yard.port, 'POST', '/in/hosty', { Host: host }, `{"host":${JSON.stringify(host)}}`);
      expect(r.status, host).toBe(200);
      const capture = json((await control('GET', `/captures/${json(r.body).id}`)).body);
      expect(capture.headers).toContainEqual(['Host', host]);
    }
  });

  it('leaves a PipAI webhook unchanged when PUT is rejected, and later PUTs work', async () => {
    const created = json(
      (
        await pipaiCall(
          'POST',
          '/v1/webhooks',
          JSON.stringify({ url: 'https://example.com/p1', events: ['strategy.error'], description: 'before' }),
        )
      ).body,
    );
    const before = (await pipaiCall('GET', `/v1/webhooks/${created.id}`)).body;
    const rejected = await pipaiCall(
      'PUT',
      `/v1/webhooks/${created.id}`,
      JSON.stringify({ url: 'https://example.com/p2', description: 'after', events: ['account.balance_low'] }),
    );
    expect(rejected.status).toBe(400);
    expect(json(rejected.body).param).toBe('balance_low_threshold');
    expect((await pipaiCall('GET', `/v1/webhooks/${created.id}`)).body).toBe(before);
    expect((await pipaiCall('PUT', `/v1/webhooks/${created.id}`, JSON.stringify({ description: 'later' }))).status).toBe(200);
  });

  it('checks run-time keys: tokens without whitespace, a string team, every error naming its field', async () => {
    for (const [body, field] of [
      [{ profile: 'signa', key: 'has space' }, 'key'],
      [{ profile: 'signa', key: '' }, 'key'],
      [{ profile: 'signa', key: 'sk_team', team: 5 }, 'team'],
      [{ profile: 'signa', key: 'sk_scopes', scopes: 'x' }, 'scopes'],
      [{ profile: 'nope', key: 'sk_x' }, 'profile'],
      [{ profile: 'signa', key: 'sk_x', flags: { a: 'yes' } }, 'flags.a'],
      [{ profile: 'signa', key: 'sk_x', extra: 1 }, 'extra'],
    ] as const) {
      const r = await control('POST', '/keys', body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(json(r.body).error.field).toBe(field);
    }
  });

  it("refuses unknown parameters on Signa's test route like its other routes", async () => {
    const id = await createSignaEndpoint();
    const r = await signaCall('POST', `/v1/webhooks/${id}/test`, '{"bogus":1}');
    expect(r.status).toBe(400);
    expect(json(r.body).error).toMatchObject({ code: 'parameter_unknown', param: 'bogus' });
    expect(signa.id).toBe('signa');
  });
});
