import { sign, verify } from '../../../src/index.js';
import { describe, expect, it } from 'vitest';

import { squareOracle as oracle } from '../oracles/square.js';
import { random, randomJson, seeds } from './support/random-bodies.js';

const NOW = 1_718_900_000_000;
const keyFor = (seed: number) => `sq-signature-key-${seed}`;
const urlFor = (seed: number) => `https://example.com/square/${seed}${seed % 2 ? '?env=sandbox' : ''}`;

describe('cross-check square against square WebhooksHelper', () => {
  it('our signatures pass WebhooksHelper.verifySignature', async () => {
    for (const seed of seeds(40)) {
      const body = randomJson(random(seed));
      const headers = sign('square', { body, secret: keyFor(seed), url: urlFor(seed) });
      expect(await oracle.verify(keyFor(seed), urlFor(seed), body, headers['x-square-hmacsha256-signature']!), `seed ${seed}`).toBe(true);
    }
  });

  it('reference signatures that the helper accepts pass our verify', async () => {
    for (const seed of seeds(40, 1000)) {
      const body = randomJson(random(seed));
      const signature = oracle.referenceSign(keyFor(seed), urlFor(seed), body);
      expect(await oracle.verify(keyFor(seed), urlFor(seed), body, signature)).toBe(true);
      const verdict = verify('square', {
        headers: { 'x-square-hmacsha256-signature': signature },
        body,
        secrets: [keyFor(seed)],
        url: urlFor(seed),
        now: NOW,
      });
      expect(verdict.ok, `seed ${seed}: ${verdict.message}`).toBe(true);
    }
  });

  it('both sides reject the same body at another notification URL', async () => {
    const body = randomJson(random(2));
    const headers = sign('square', { body, secret: keyFor(2), url: 'https://example.com/square' });
    expect(await oracle.verify(keyFor(2), 'http://example.com/square', body, headers['x-square-hmacsha256-signature']!)).toBe(false);
    expect(verify('square', { headers, body, secrets: [keyFor(2)], url: 'http://example.com/square', now: NOW, diagnose: false }).ok).toBe(
      false,
    );
  });
});
