import { sign, verify } from '../../src/index.js';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import twilio from 'twilio';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import { builtInSchemes } from '../../src/signing/index.js';
import { guidFrom, providerRequest } from '../../src/signing/provider-request.js';
import { sampleEvents } from '../../src/contract/sample-events.js';
import { buildCases } from '../../src/contract/index.js';
import { isJson } from '../../src/contract/body-layouts.js';
import { keysFor } from './support/test-keys.js';

const vendorPresets = builtInSchemes.filter((s) => s.origin !== 'profile' && s.origin !== 'custom');
// Providers with fewer than three kinds of webhook request.
const FEW = new Set(['typeform', 'twilio-json']);

describe('provider request data', () => {
  for (const scheme of vendorPresets) {
    it(`${scheme.id}: documents its request, its verifier and sample events as the provider sends them`, () => {
      expect(scheme.request?.contentType).toMatch(/^application\/(json|x-www-form-urlencoded)/);
      expect(scheme.verifier?.name).toBeTruthy();
      const samples = sampleEvents(scheme, Date.now());
      expect(samples.length).toBeGreaterThanOrEqual(FEW.has(scheme.id) ? 1 : 3);
      const keys = keysFor(scheme);
      const url = 'https://example.com/hooks?x=1';
      for (const sample of samples) {
        const contentType = sample.contentType ?? scheme.request!.contentType;
        if (isJson(contentType)) expect(() => JSON.parse(Buffer.from(sample.body).toString('utf8'))).not.toThrow();
        const request = providerRequest(scheme, {
          body: sample.body,
          secret: keys.signWith,
          now: Date.now(),
          url,
          event: sample.event,
          contentType,
          headers: sample.headers,
        });
        expect(request.headers['content-type']).toBe(contentType);
        for (const [name, value] of Object.entries(request.headers))
          expect(value, name).not.toMatch(/\{(event|uuid|retry|hex:\d+|now\.\w+)\}/);
        const verdict = verify(scheme, {
          headers: request.headers,
          body: sample.body,
          secrets: [keys.verifyWith],
          url: request.url,
          now: Date.now(),
        });
        expect(verdict.ok, `${scheme.id} ${sample.name}: ${verdict.message}`).toBe(true);
      }
    });
  }

  it("sends GitHub's event header, a GUID delivery id kept across a redelivery, and Hookshot's user agent", () => {
    const github = builtInSchemes.find((s) => s.id === 'github')!;
    const [ping] = sampleEvents(github, 0);
    const cases = buildCases({
      scheme: github,
      secret: 's',
      fixtures: [ping!],
      now: 0,
      url: 'http://h/x',
      randomBytes: (n) => new Uint8Array(n),
    });
    const redelivery = cases.find((c) => c.kind === 'redelivery')!;
    const [first, second] = redelivery.requests.map((r) => r.headers);
    expect(first!['X-GitHub-Event']).toBe('ping');
    expect(first!['X-GitHub-Delivery']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(second!['X-GitHub-Delivery']).toBe(first!['X-GitHub-Delivery']);
    expect(first!['User-Agent']).toMatch(/^GitHub-Hookshot\/[0-9a-f]{7}$/);
    expect(guidFrom('a')).toBe(guidFrom('a'));
  });

  it("adds Slack's retry headers to a redelivery only", () => {
    const slack = builtInSchemes.find((s) => s.id === 'slack')!;
    const fixture = sampleEvents(slack, 0).find((s) => s.name === 'app_mention')!;
    const cases = buildCases({
      scheme: slack,
      secret: 's',
      fixtures: [fixture],
      now: 0,
      url: 'http://h/x',
      randomBytes: (n) => new Uint8Array(n),
    });
    const [first, second] = cases.find((c) => c.kind === 'redelivery')!.requests.map((r) => r.headers);
    expect(first!['X-Slack-Retry-Num']).toBeUndefined();
    expect(second).toMatchObject({ 'X-Slack-Retry-Num': '1', 'X-Slack-Retry-Reason': 'http_timeout' });
  });

  it('sends Twilio JSON to the bodySHA256 URL it signed', () => {
    const scheme = builtInSchemes.find((s) => s.id === 'twilio-json')!;
    const [fixture] = sampleEvents(scheme, 0);
    const cases = buildCases({
      scheme,
      secret: 't',
      fixtures: [fixture!],
      now: 0,
      url: 'http://h/events',
      randomBytes: (n) => new Uint8Array(n),
    });
    const genuine = cases.find((c) => c.variant === 'genuine')!.requests[0]!;
    expect(genuine.url).toMatch(/^http:\/\/h\/events\?bodySHA256=[0-9a-f]{64}$/);
    expect(
      twilio.validateRequestWithBody('t', genuine.headers['X-Twilio-Signature']!, genuine.url!, Buffer.from(genuine.body).toString('utf8')),
    ).toBe(true);
  });
});

describe('verify follows the official verifiers', () => {
  it('twilio recognises a JSON request by the bodySHA256 in its URL, as validateRequest does', () => {
    const body = '{"event":"café"}';
    const url = `https://example.com/hook?bodySHA256=${createHash('sha256').update(body).digest('hex')}`;
    const signature = twilio.getExpectedTwilioSignature('token', url, {});
    const ok = verify('twilio', { headers: { 'X-Twilio-Signature': signature }, body, secrets: ['token'], url, now: 0 });
    expect(ok).toMatchObject({ ok: true });
    const tampered = verify('twilio', { headers: { 'X-Twilio-Signature': signature }, body: `${body} `, secrets: ['token'], url, now: 0 });
    expect(tampered).toMatchObject({ ok: false, code: 'body_hash_mismatch' });
  });

  it('standard-webhooks picks v1 or v1a by the key prefix, and one header carries both', () => {
    const v1a = keysFor(builtInSchemes.find((s) => s.id === 'standard-webhooks-v1a')!);
    const whsec = `whsec_${Buffer.alloc(32, 5).toString('base64')}`;
    const body = '{"type":"user.created"}';
    const now = Date.now();
    const both = sign('standard-webhooks', { body, secrets: [whsec, v1a.signWith], now, id: 'msg_1' });
    expect(both['webhook-signature']).toMatch(/^v1,\S+ v1a,\S+$/);
    expect(verify('standard-webhooks', { headers: both, body, secrets: [v1a.verifyWith], now }).ok).toBe(true);
    expect(verify('standard-webhooks', { headers: both, body, secrets: [whsec], now }).ok).toBe(true);
    // The reference library counts the v1 entry and ignores v1a.
    expect(() => new StandardWebhook(whsec).verify(body, both)).not.toThrow();
    const onlyV1a = sign('standard-webhooks', { body, secret: v1a.signWith, now, id: 'msg_2' });
    expect(onlyV1a['webhook-signature']).toMatch(/^v1a,/);
    expect(verify('standard-webhooks', { headers: onlyV1a, body, secrets: [v1a.verifyWith], now })).toMatchObject({ ok: true });
  });

  it('names a body signed with raw unicode and received with \\u escapes escaped-unicode', () => {
    const signed = '{"name":"Café ✓ 😀","n":1}';
    const headers = sign('github', { body: signed, secret: 'k' });
    const received = '{"name":"Caf\\u00e9 \\u2713 \\ud83d\\ude00","n":1}';
    const verdict = verify('github', { headers, body: received, secrets: ['k'], now: 0 });
    expect(verdict.diagnosis?.cause).toBe('escaped-unicode');
    expect(verdict.diagnosis?.message).toMatch(/escaped as \\uXXXX/);
  });
});

describe('the contract suite with a Standard Webhooks v1a key', () => {
  it('forges v1a requests when the secret is a whsk_ key', async () => {
    const { prepareSuite, runSuite } = await import('../../src/contract/index.js');
    const keys = keysFor(builtInSchemes.find((s) => s.id === 'standard-webhooks-v1a')!, 'suite-v1a');
    const handler = async (request: Request): Promise<Response> => {
      const body = new Uint8Array(await request.arrayBuffer());
      const verdict = verify('standard-webhooks', { headers: request.headers, body, secrets: [keys.verifyWith], now: Date.now() });
      return new Response(null, { status: verdict.ok ? 204 : 400 });
    };
    const url = 'http://localhost/webhooks';
    const { scheme, cases } = await prepareSuite({ scheme: 'standard-webhooks', secret: keys.signWith, url, now: Date.now() });
    const report = await runSuite({ target: handler, url, cases, schemeName: scheme.name });
    expect(report.results.filter((r) => !r.pass).map((r) => `${r.name}: ${r.why}`)).toEqual([]);
    expect(cases.find((c) => c.variant === 'unknown signature version only')!.requests[0]!.headers['webhook-signature']).toMatch(/^v9,/);
  });
});
