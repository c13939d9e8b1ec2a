import { sign, verify } from '../../../src/index.js';
import { describe, expect, it } from 'vitest';

import { paddleOracle as oracle } from '../oracles/paddle.js';
import { loadVectors } from '../vectors/load-vectors.js';
import { atTime } from './support/fake-clock.js';
import { random, randomJson, randomText, seeds } from './support/random-bodies.js';

const NOW = 1_719_000_000_000;
const TS = NOW / 1000 - 2;
const secretFor = (seed: number) => `pdl_ntfset_${seed}_secret`;
const bodyFor = (seed: number) => (seed % 2 ? randomJson(random(seed)) : randomText(random(seed)));

describe('cross-check paddle against @paddle/paddle-node-sdk', () => {
  it('our signatures pass webhooks.isSignatureValid (clock faked to now)', async () => {
    for (const seed of seeds(40)) {
      const body = bodyFor(seed);
      const headers = sign('paddle', { body, secret: secretFor(seed), timestamp: TS });
      expect(await atTime(NOW, () => oracle.verify(secretFor(seed), body, headers['Paddle-Signature']!)), `seed ${seed}`).toBe(true);
    }
  });

  it('reference signatures that the SDK accepts pass our verify', async () => {
    for (const seed of seeds(40, 1100)) {
      const body = bodyFor(seed);
      const header = oracle.referenceSign([secretFor(seed)], TS, body);
      expect(await atTime(NOW, () => oracle.verify(secretFor(seed), body, header))).toBe(true);
      const verdict = verify('paddle', { headers: { 'Paddle-Signature': header }, body, secrets: [secretFor(seed)], now: NOW });
      expect(verdict.ok, `seed ${seed}: ${verdict.message}`).toBe(true);
    }
  });

  it('the committed UTF-8 vectors pass the SDK at their now', async () => {
    const vectors = loadVectors('paddle').filter((v) => v.body !== undefined);
    expect(vectors.length).toBeGreaterThan(0);
    for (const v of vectors) {
      // The SDK keeps only the last h1, so a rotation vector checks against the last secret.
      const secret = v.secrets ? v.secrets[v.secrets.length - 1]! : v.secret;
      expect(await atTime(v.now, () => oracle.verify(secret, v.body!, v.headers['Paddle-Signature']!)), v.name).toBe(true);
    }
  });

  it('a rotation header: we accept either secret; the SDK only the one whose h1 is last', async () => {
    const body = randomJson(random(3));
    const headers = sign('paddle', { body, secrets: [secretFor(1), secretFor(2)], timestamp: TS });
    expect(headers['Paddle-Signature']!.match(/h1=/g)).toHaveLength(2);
    for (const secret of [secretFor(1), secretFor(2)])
      expect(verify('paddle', { headers, body, secrets: [secret], now: NOW }).ok).toBe(true);
    expect(await atTime(NOW, () => oracle.verify(secretFor(2), body, headers['Paddle-Signature']!))).toBe(true);
    expect(await atTime(NOW, () => oracle.verify(secretFor(1), body, headers['Paddle-Signature']!))).toBe(false);
  });

  it('both sides reject a signature older than 5 s', async () => {
    const body = '{"event_type":"late"}';
    const headers = sign('paddle', { body, secret: secretFor(4), timestamp: TS });
    const late = TS * 1000 + 6_000;
    expect(await atTime(late, () => oracle.verify(secretFor(4), body, headers['Paddle-Signature']!))).toBe(false);
    expect(verify('paddle', { headers, body, secrets: [secretFor(4)], now: late, diagnose: false }).code).toBe('timestamp_too_old');
  });
});
