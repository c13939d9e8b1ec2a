import { sign, verify } from '../../src/index.js';
import { describe, expect, it } from 'vitest';
import { SignError, type HeadersInput } from '../../src/signing/index.js';

const NOW = 1_760_000_000_000;
const BODY = '{"ok":true}';
const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

function v(scheme: string, headers: HeadersInput, secrets: string[] = [SECRET]) {
  return verify(scheme, { headers, body: BODY, secrets, now: NOW });
}

describe('verify with bad input', () => {
  it('reports a missing signature header', () => {
    expect(v('stripe', {})).toMatchObject({ ok: false, code: 'missing_header' });
  });

  it('reports a header sent twice with different values, in every header shape', () => {
    const good = sign('github', { body: BODY, secret: 'k' })['X-Hub-Signature-256']!;
    expect(
      v(
        'github',
        [
          ['X-Hub-Signature-256', good],
          ['x-hub-signature-256', 'sha256=00'],
        ],
        ['k'],
      ).code,
    ).toBe('duplicate_header');
    expect(v('github', { 'X-Hub-Signature-256': [good, 'sha256=00'] }, ['k']).code).toBe('duplicate_header');
    const h = new Headers();
    h.append('X-Hub-Signature-256', good);
    expect(v('github', h, ['k']).ok).toBe(true);
    expect(
      v(
        'github',
        [
          ['X-Hub-Signature-256', good],
          ['X-Hub-Signature-256', good],
        ],
        ['k'],
      ).ok,
    ).toBe(true);
  });

  it('reports malformed signature headers without throwing', () => {
    expect(v('stripe', { 'Stripe-Signature': 'garbage' }).code).toBe('malformed_header');
    expect(v('stripe', { 'Stripe-Signature': '' }).code).toBe('malformed_header');
    expect(v('stripe', { 'Stripe-Signature': 't=1,t=2,v1=ab' }).code).toBe('malformed_header');
    expect(v('github', { 'X-Hub-Signature-256': 'not-prefixed' }, ['k']).code).toBe('malformed_header');
    expect(v('github', { 'X-Hub-Signature-256': 'sha256=zz' }, ['k']).code).toBe('malformed_header');
  });

  it('refuses to downgrade: only other versions present', () => {
    expect(v('stripe', { 'Stripe-Signature': `t=${NOW / 1000},v0=abcd` }).code).toBe('no_matching_version');
    const verdict = v('github', { 'X-Hub-Signature-256': 'sha1=abcd' }, ['k']);
    expect(verdict.code).toBe('no_matching_version');
    expect(verdict.message).toMatch(/SHA-1/);
  });

  it('reports wrong signature lengths', () => {
    expect(v('github', { 'X-Hub-Signature-256': 'sha256=abcd' }, ['k']).code).toBe('wrong_length');
    expect(
      v('standard-webhooks', { 'webhook-id': 'm', 'webhook-timestamp': String(NOW / 1000), 'webhook-signature': 'v1,AAAA' }).code,
    ).toBe('wrong_length');
  });

  it('reports missing and malformed timestamps', () => {
    expect(v('slack', { 'X-Slack-Signature': 'v0=ab' }, ['k']).code).toBe('missing_timestamp');
    expect(v('slack', { 'X-Slack-Signature': 'v0=ab', 'X-Slack-Request-Timestamp': 'yesterday' }, ['k']).code).toBe('malformed_timestamp');
    expect(
      v(
        'twitch',
        {
          'Twitch-Eventsub-Message-Signature': 'sha256=ab',
          'Twitch-Eventsub-Message-Id': 'x',
          'Twitch-Eventsub-Message-Timestamp': '12345',
        },
        ['k'],
      ).code,
    ).toBe('malformed_timestamp');
  });

  it('reports a missing message id that is part of the signed content', () => {
    expect(v('standard-webhooks', { 'webhook-timestamp': String(NOW / 1000), 'webhook-signature': 'v1,AAAA' }).code).toBe('missing_header');
  });

  it('reports secrets that cannot be used', () => {
    const headers = sign('standard-webhooks', { body: BODY, secret: SECRET, now: NOW });
    expect(v('standard-webhooks', headers, ['whsec_not*base64!']).code).toBe('invalid_secret');
    expect(v('standard-webhooks', headers, ['whsec_AAAA']).message).toMatch(/3 bytes/);
    expect(v('discord', { 'X-Signature-Ed25519': 'ab', 'X-Signature-Timestamp': '1' }, ['not-a-key']).code).toBe('invalid_secret');
    expect(v('stripe', headers, []).code).toBe('no_secret');
  });

  it('accepts a usable secret alongside an unusable one', () => {
    const headers = sign('standard-webhooks', { body: BODY, secret: SECRET, now: NOW });
    const verdict = v('standard-webhooks', headers, ['whsec_!!', SECRET]);
    expect(verdict).toMatchObject({ ok: true, matchedSecret: 1 });
  });

  it('needs the URL for URL-bound schemes', () => {
    const headers = sign('twilio', { body: 'a=1', secret: 'k', url: 'https://x.test/a' });
    expect(verify('twilio', { headers, body: 'a=1', secrets: ['k'], now: NOW }).code).toBe('missing_url');
  });

  it('checks the Twilio JSON body hash', () => {
    const url = `https://x.test/hook?bodySHA256=${'0'.repeat(64)}`;
    // A bodySHA256 URL makes even the form preset sign the URL alone, so the hash must match.
    expect(() => sign('twilio', { body: 'x', secret: 'k', url })).toThrow(/bodySHA256 in the URL is not the SHA-256 of the body/);
    const headers = { 'X-Twilio-Signature': 'c2lnbmF0dXJl' };
    expect(verify('twilio', { headers, body: '{"a":1}', secrets: ['k'], url, now: NOW }).code).toBe('body_hash_mismatch');
    expect(verify('twilio-json', { headers, body: '{"a":1}', secrets: ['k'], url, now: NOW }).code).toBe('body_hash_mismatch');
  });

  it('never throws on hostile header values', () => {
    const hostile: HeadersInput[] = [
      { 'Stripe-Signature': 't=,v1=' },
      { 'Stripe-Signature': ',,,,' },
      { 'Stripe-Signature': `t=${'9'.repeat(400)},v1=${'a'.repeat(64)}` },
      { 'Stripe-Signature': ['a', 'b'] },
      { 'Stripe-Signature': undefined },
      [['Stripe-Signature', '\u0000\uffff']],
      null as unknown as HeadersInput,
    ];
    for (const headers of hostile) expect(() => v('stripe', headers)).not.toThrow();
  });

  it('compares GitLab tokens of different lengths without throwing', () => {
    expect(v('gitlab', { 'X-Gitlab-Token': 'short' }, ['a-much-longer-token']).code).toBe('signature_mismatch');
    expect(v('gitlab', { 'X-Gitlab-Token': 'a-much-longer-token' }, ['a-much-longer-token']).ok).toBe(true);
  });
});

describe('sign with bad input', () => {
  it('throws a SignError saying what is missing', () => {
    expect(() => sign('stripe', { body: BODY })).toThrow(SignError);
    expect(() => sign('stripe', { body: BODY, secret: 'k' })).toThrow(/pass timestamp/);
    expect(() => sign('twilio', { body: BODY, secret: 'k' })).toThrow(/URL/);
    expect(() => sign('standard-webhooks', { body: BODY, secret: 'whsec_@@@@', now: NOW })).toThrow(/base64/);
    expect(() => sign('standard-webhooks-v1a', { body: BODY, secret: 'whpk_AAAA', now: NOW })).toThrow(/whsk_/);
  });

  it('throws for an unknown preset id, listing the known ones', () => {
    expect(() => sign('nope', { body: BODY, secret: 'k' })).toThrow(/known schemes: standard-webhooks/);
  });
});
