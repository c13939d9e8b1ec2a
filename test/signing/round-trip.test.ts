import { sign, verify } from '../../src/index.js';
import { knownSchemes } from '../../src/profiles/schemes.js';
import { describe, expect, it } from 'vitest';
import { requestUrl } from '../../src/signing/index.js';
import { keysFor, randomBodies } from './support/test-keys.js';

const NOW = 1_760_000_000_000;
const URL_ = 'https://example.com/hooks/in?x=1';

describe('signing round trip', () => {
  for (const scheme of knownSchemes.list()) {
    it(`${scheme.id}: verifies what it signs, for random bytes, emoji and empty bodies`, () => {
      const keys = keysFor(scheme);
      for (const raw of randomBodies(scheme.id.length * 7919, 12)) {
        // Linear carries its timestamp in the JSON body; Twilio form bodies are form-encoded text.
        const body =
          scheme.id === 'linear'
            ? new TextEncoder().encode(JSON.stringify({ webhookTimestamp: NOW, data: Buffer.from(raw).toString('base64') }))
            : raw;
        const url = requestUrl(scheme, URL_, body);
        const headers = sign(scheme, { body, secret: keys.signWith, now: NOW, url, method: 'POST' });
        const verdict = verify(scheme, { headers, body, secrets: [keys.verifyWith], now: NOW, url, method: 'POST' });
        expect(verdict, `${scheme.id} body of ${body.length} bytes`).toMatchObject({ ok: true, code: 'ok' });
      }
    });

    if (scheme.algorithm !== 'token') {
      it(`${scheme.id}: rejects a body changed by one byte`, () => {
        const keys = keysFor(scheme);
        const text = scheme.id === 'linear' ? JSON.stringify({ webhookTimestamp: NOW, amount: 100 }) : 'amount=100&currency=usd';
        const body = new TextEncoder().encode(text);
        const url = requestUrl(scheme, URL_, body);
        const headers = sign(scheme, { body, secret: keys.signWith, now: NOW, url });
        const tampered = new TextEncoder().encode(text.replace('100', '900'));
        const verdict = verify(scheme, { headers, body: tampered, secrets: [keys.verifyWith], now: NOW, url });
        expect(verdict.ok).toBe(false);
        expect(['signature_mismatch', 'body_hash_mismatch']).toContain(verdict.code);
      });
    }
  }
});

describe('twilio form parameters', () => {
  it('counts a repeated name=value pair once, as the twilio library does', () => {
    const url = 'https://example.com/sms';
    expect(sign('twilio', { body: 'A=1&A=1&B=2', secret: 't', url })).toEqual(sign('twilio', { body: 'B=2&A=1', secret: 't', url }));
  });
});
