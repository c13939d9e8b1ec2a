import { sign, verify } from '../../src/index.js';
import { knownSchemes } from '../../src/profiles/schemes.js';
import { describe, expect, it } from 'vitest';
import type { SchemeSpec, SignedHeaders } from '../../src/signing/index.js';

const NOW = 1_760_000_000_000;
const BODY = '{"id":"evt_1","type":"payment.succeeded","data":{"amount":4200,"note":"café"}}';

function check(
  scheme: string,
  headers: SignedHeaders,
  body: string | Uint8Array,
  secrets: string[],
  extra: Partial<Parameters<typeof verify>[1]> = {},
) {
  return verify(scheme, { headers, body, secrets, now: NOW, ...extra });
}

describe('diagnosis', () => {
  it('names a body that was re-serialized by JSON middleware', () => {
    const sent = '{"id": "evt_1", "amount": 4200}';
    const headers = sign('stripe', { body: sent, secret: 'whsec_k', now: NOW });
    const verdict = check('stripe', headers, JSON.stringify(JSON.parse(sent)), ['whsec_k']);
    expect(verdict.code).toBe('signature_mismatch');
    expect(verdict.diagnosis?.cause).toBe('reserialized-json');
    expect(verdict.diagnosis?.message).toMatch(/re-serialized.*verify the raw request bytes/);
  });

  it('names a pretty-printed body', () => {
    const headers = sign('github', { body: JSON.stringify(JSON.parse(BODY), null, 2), secret: 'k' });
    const verdict = check('github', headers, BODY, ['k']);
    expect(verdict.diagnosis?.cause).toBe('pretty-printed-json');
  });

  it('names Python-style escaped unicode', () => {
    const python = '{"id": "evt_1", "type": "payment.succeeded", "data": {"amount": 4200, "note": "caf\\u00e9"}}';
    const headers = sign('github', { body: python, secret: 'k' });
    const verdict = check('github', headers, BODY, ['k']);
    expect(verdict.diagnosis?.cause).toBe('reserialized-json');
    expect(verdict.diagnosis?.message).toMatch(/Python/);
  });

  it('names a stripped trailing newline and an added CRLF', () => {
    const headers = sign('slack', { body: `${BODY}\n`, secret: 'k', now: NOW });
    expect(check('slack', headers, BODY, ['k']).diagnosis?.cause).toBe('trailing-newline');
    const crlf = sign('github', { body: BODY, secret: 'k' });
    expect(check('github', crlf, `${BODY}\r\n`, ['k']).diagnosis?.cause).toBe('trailing-newline');
  });

  it('names CRLF line endings converted to LF', () => {
    const sent = 'line one\r\nline two\r\n';
    const headers = sign('github', { body: sent, secret: 'k' });
    expect(check('github', headers, sent.replace(/\r\n/g, '\n'), ['k']).diagnosis?.cause).toMatch(/line-endings|trailing-newline/);
  });

  it('names a charset change of a non-ASCII body', () => {
    const headers = sign('github', { body: Buffer.from(BODY, 'latin1'), secret: 'k' });
    expect(check('github', headers, BODY, ['k']).diagnosis?.cause).toBe('charset');
  });

  it('names the rotated-away secret among the known secrets', () => {
    const headers = sign('stripe', { body: BODY, secret: 'whsec_old', now: NOW });
    const verdict = check('stripe', headers, BODY, ['whsec_new'], {
      knownSecrets: [{ label: 'the previous secret (rotated away 2 days ago)', secret: 'whsec_old' }],
    });
    expect(verdict.diagnosis?.cause).toBe('other-secret');
    expect(verdict.diagnosis?.message).toContain('the previous secret (rotated away 2 days ago)');
  });

  it('says which configured secret matched during rotation', () => {
    const headers = sign('github', { body: BODY, secret: 'old' });
    const verdict = check('github', headers, BODY, ['new', 'old'], { secretLabels: ['current secret', 'previous secret'] });
    expect(verdict).toMatchObject({ ok: true, matchedSecret: 1 });
    expect(verdict.message).toContain('matched the previous secret');
  });

  it('names a secret with a trailing newline from an env file', () => {
    const headers = sign('github', { body: BODY, secret: 'k' });
    expect(check('github', headers, BODY, ['k\n']).diagnosis?.cause).toBe('secret-whitespace');
  });

  it('names a Stripe secret decoded the Standard Webhooks way', () => {
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const decoded: SchemeSpec = { ...knownSchemes.get('stripe'), key: { format: 'whsec-base64' } };
    const headers = sign(decoded, { body: BODY, secret, now: NOW });
    const verdict = check('stripe', { 'Stripe-Signature': headers['Stripe-Signature']! }, BODY, [secret]);
    expect(verdict.diagnosis?.cause).toBe('whsec-decoded');
    expect(verdict.diagnosis?.message).toMatch(/do not strip or decode/);
  });

  it('names a Standard Webhooks secret used as raw text', () => {
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const raw: SchemeSpec = { ...knownSchemes.get('standard-webhooks'), key: { format: 'utf8' } };
    const headers = sign(raw, { body: BODY, secret, now: NOW });
    expect(check('standard-webhooks', headers, BODY, [secret]).diagnosis?.cause).toBe('whsec-not-decoded');
  });

  it('names a signature pasted with "v1," into the secret', () => {
    const headers = sign('github', { body: BODY, secret: 'abc' });
    expect(check('github', headers, BODY, ['v1,abc']).diagnosis?.cause).toBe('secret-format');
  });

  it('names hex where base64 is expected', () => {
    const hexSigned: SchemeSpec = { ...knownSchemes.get('shopify'), encoding: 'hex' };
    const headers = sign(hexSigned, { body: BODY, secret: 'k' });
    const verdict = check('shopify', headers, BODY, ['k']);
    expect(verdict.diagnosis?.cause).toBe('encoding');
    expect(verdict.diagnosis?.message).toMatch(/hex-encoded; Shopify expects base64/);
  });

  it('names SHA-1 where SHA-256 is expected, with the size hint', () => {
    const sha1: SchemeSpec = { ...knownSchemes.get('github'), algorithm: 'hmac-sha1' };
    const headers = sign(sha1, { body: BODY, secret: 'k' });
    const verdict = check('github', headers, BODY, ['k']);
    expect(verdict.code).toBe('wrong_length');
    expect(verdict.message).toMatch(/SHA-1-sized/);
    expect(verdict.diagnosis?.cause).toBe('algorithm');
  });

  it('reports a stale timestamp with its age and a future one', () => {
    const headers = sign('stripe', { body: BODY, secret: 'whsec_k', now: NOW - 3_600_000 });
    const stale = check('stripe', headers, BODY, ['whsec_k']);
    expect(stale).toMatchObject({ ok: false, code: 'timestamp_too_old' });
    expect(stale.message).toMatch(/60 min old.*The signature itself is valid/);
    const future = sign('stripe', { body: BODY, secret: 'whsec_k', now: NOW + 900_000 });
    expect(check('stripe', future, BODY, ['whsec_k']).code).toBe('timestamp_in_future');
  });

  it('names milliseconds sent where seconds are expected', () => {
    const headers = sign('slack', { body: BODY, secret: 'k', timestamp: NOW });
    const verdict = check('slack', headers, BODY, ['k']);
    expect(verdict.code).toBe('timestamp_in_future');
    expect(verdict.message).toMatch(/looks like milliseconds/);
  });

  it('names a timestamp signed in another unit than sent', () => {
    const headers = sign('slack', { body: BODY, secret: 'k', timestamp: NOW });
    const sent = { ...headers, 'X-Slack-Request-Timestamp': String(NOW / 1000) };
    expect(check('slack', sent, BODY, ['k']).diagnosis?.cause).toBe('timestamp-unit');
  });

  it('names http vs https, port and trailing slash for URL-bound schemes', () => {
    const signedUrl = 'https://app.example.com/twilio/voice';
    const headers = sign('square', { body: BODY, secret: 'k', url: signedUrl });
    expect(check('square', headers, BODY, ['k'], { url: 'http://app.example.com/twilio/voice' }).diagnosis?.cause).toBe('url-scheme');
    expect(check('square', headers, BODY, ['k'], { url: 'https://app.example.com:443/twilio/voice' }).diagnosis?.cause).toBe('url-port');
    expect(check('square', headers, BODY, ['k'], { url: 'https://app.example.com/twilio/voice/' }).diagnosis?.cause).toBe(
      'url-trailing-slash',
    );
  });

  it('names the public URL from X-Forwarded-* headers behind a tunnel', () => {
    const headers = sign('hubspot-v3', { body: BODY, secret: 'k', url: 'https://abc.tunnel.dev/hooks', method: 'POST', now: NOW });
    const received = { ...headers, 'X-Forwarded-Host': 'abc.tunnel.dev', 'X-Forwarded-Proto': 'https' };
    const verdict = check('hubspot-v3', received, BODY, ['k'], { url: 'http://localhost:3000/hooks', method: 'POST' });
    expect(verdict.diagnosis?.cause).toBe('url-forwarded');
  });

  it('names svix-* headers where webhook-* are expected', () => {
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const headers = sign('svix', { body: BODY, secret, now: NOW });
    const verdict = check('standard-webhooks', headers, BODY, [secret]);
    expect(verdict.code).toBe('missing_header');
    expect(verdict.diagnosis).toMatchObject({ cause: 'other-scheme-headers' });
    expect(verdict.diagnosis?.message).toMatch(/--scheme svix/);
  });

  it('points out a match on the second of several signatures', () => {
    const headers = sign('stripe', { body: BODY, secrets: ['whsec_a', 'whsec_b'], now: NOW });
    const verdict = check('stripe', headers, BODY, ['whsec_b']);
    expect(verdict.ok).toBe(true);
    expect(verdict.message).toMatch(/second of 2 signatures/);
  });

  it('says what was checked when nothing reproduces the signature', () => {
    const headers = sign('github', { body: BODY, secret: 'sender-secret' });
    const verdict = check('github', headers, BODY, ['receiver-secret']);
    expect(verdict.diagnosis?.cause).toBeNull();
    expect(verdict.diagnosis?.message).toMatch(/checked: .*re-serialized.*SHA-1/);
    expect(verdict.diagnosis?.tried.length).toBeGreaterThan(3);
  });
});
