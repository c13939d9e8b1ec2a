import { sign, verify } from '../../../src/index.js';
import { describe, expect, it } from 'vitest';

import { linearOracle as oracle } from '../oracles/linear.js';
import { loadVectors, vectorBody } from '../vectors/load-vectors.js';
import { atTime } from './support/fake-clock.js';
import { random, randomText, seeds, utf8 } from './support/random-bodies.js';

const NOW = 1_719_100_000_000;
const secretFor = (seed: number) => `lin_wh_${seed}_secret`;
/** Linear bodies are JSON carrying webhookTimestamp (unix ms). */
const bodyFor = (seed: number, webhookTimestamp = NOW - 1500) =>
  JSON.stringify({ action: 'create', type: 'Comment', data: { id: `c_${seed}`, body: randomText(random(seed), 60) }, webhookTimestamp });

describe('cross-check linear against @linear/sdk LinearWebhookClient', () => {
  it('our signatures pass LinearWebhookClient.verify (clock faked to now)', async () => {
    for (const seed of seeds(40)) {
      const body = utf8(bodyFor(seed));
      const headers = sign('linear', { body, secret: secretFor(seed) });
      expect(await atTime(NOW, () => oracle.verify(secretFor(seed), body, headers['Linear-Signature']!)), `seed ${seed}`).toBe(true);
    }
  });

  it('reference signatures that the SDK accepts pass our verify', async () => {
    for (const seed of seeds(40, 1200)) {
      const body = utf8(bodyFor(seed));
      const signature = oracle.referenceSign(secretFor(seed), body);
      expect(await atTime(NOW, () => oracle.verify(secretFor(seed), body, signature))).toBe(true);
      const verdict = verify('linear', { headers: { 'Linear-Signature': signature }, body, secrets: [secretFor(seed)], now: NOW });
      expect(verdict.ok, `seed ${seed}: ${verdict.message}`).toBe(true);
    }
  });

  it('the committed vectors pass the SDK at their now', async () => {
    for (const v of loadVectors('linear')) {
      expect(await atTime(v.now, () => oracle.verify(v.secret, vectorBody(v), v.headers['Linear-Signature']!)), v.name).toBe(true);
    }
  });

  it('both sides reject a webhookTimestamp more than 60 s away', async () => {
    const body = utf8(bodyFor(1, NOW - 61_000));
    const headers = sign('linear', { body, secret: secretFor(1) });
    expect(await atTime(NOW, () => oracle.verify(secretFor(1), body, headers['Linear-Signature']!))).toBe(false);
    expect(verify('linear', { headers, body, secrets: [secretFor(1)], now: NOW, diagnose: false }).ok).toBe(false);
  });
});
