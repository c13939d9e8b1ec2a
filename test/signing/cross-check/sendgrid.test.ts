import { sign, verify } from '../../../src/index.js';
import { describe, expect, it } from 'vitest';

import { sendgridOracle as oracle } from '../oracles/sendgrid.js';
import { random, randomJson, seeds } from './support/random-bodies.js';

const NOW = 1_718_800_000_000;
const TS = String(NOW / 1000 - 3);
// Key generation is the slow part: a few key pairs, many bodies.
const keys = [oracle.keyPair(), oracle.keyPair(), oracle.keyPair()] as const;
const keyFor = (seed: number) => keys[seed % keys.length]!;
// SendGrid posts a JSON array that ends in CRLF.
const bodyFor = (seed: number) => `[${randomJson(random(seed))}]\r\n`;

describe('cross-check sendgrid against @sendgrid/eventwebhook', () => {
  it('our ECDSA signatures pass EventWebhook.verifySignature', () => {
    for (const seed of seeds(20)) {
      const body = bodyFor(seed);
      const headers = sign('sendgrid', { body, secret: keyFor(seed).pkcs8Base64, timestamp: TS });
      expect(oracle.verify(keyFor(seed).spkiBase64, body, headers['X-Twilio-Email-Event-Webhook-Signature']!, TS), `seed ${seed}`).toBe(
        true,
      );
    }
  });

  it('starkbank-ecdsa signatures (what the verifier is built on) pass our verify', () => {
    for (const seed of seeds(20, 900)) {
      const body = bodyFor(seed);
      const signature = oracle.sign(keyFor(seed).sec1Pem, TS, body);
      expect(oracle.verify(keyFor(seed).spkiBase64, body, signature, TS)).toBe(true);
      const headers = { 'X-Twilio-Email-Event-Webhook-Signature': signature, 'X-Twilio-Email-Event-Webhook-Timestamp': TS };
      const verdict = verify('sendgrid', { headers, body, secrets: [keyFor(seed).spkiBase64], now: NOW });
      expect(verdict.ok, `seed ${seed}: ${verdict.message}`).toBe(true);
    }
  });

  it('both sides reject a body whose trailing CRLF was stripped', () => {
    const body = bodyFor(1);
    const headers = sign('sendgrid', { body, secret: keys[0].pkcs8Base64, timestamp: TS });
    const stripped = body.trimEnd();
    expect(oracle.verify(keys[0].spkiBase64, stripped, headers['X-Twilio-Email-Event-Webhook-Signature']!, TS)).toBe(false);
    expect(verify('sendgrid', { headers, body: stripped, secrets: [keys[0].spkiBase64], now: NOW, diagnose: false }).ok).toBe(false);
  });
});
