import { sign, verify } from '../../../src/index.js';
import { describe, expect, it } from 'vitest';

import { stripeOracle as oracle } from '../oracles/stripe.js';
import { random, randomJson, randomText, seeds } from './support/random-bodies.js';

const NOW = 1_718_300_000_000;
const TS = NOW / 1000 - 30;
const secretFor = (seed: number) => `whsec_${Buffer.from(`stripe-${seed}`).toString('base64url')}xYz${seed}`;
const body = (seed: number) => (seed % 2 ? randomJson(random(seed)) : randomText(random(seed)));

// signa (design.md) uses Stripe's exact t=,v1= format under Signa-Signature: same oracle.
for (const [preset, header] of [
  ['stripe', 'Stripe-Signature'],
  ['signa', 'Signa-Signature'],
] as const) {
  describe(`cross-check ${preset} against stripe webhooks`, () => {
    it('our signatures pass constructEvent / verifyHeader (explicit tolerance and receivedAt)', () => {
      for (const seed of seeds(40)) {
        const text = body(seed);
        const headers = sign(preset, { body: text, secret: secretFor(seed), timestamp: TS });
        expect(oracle.verify(secretFor(seed), headers[header]!, text, NOW), `seed ${seed}`).toBe(true);
      }
    });

    it('generateTestHeaderString signatures pass our verify', () => {
      for (const seed of seeds(40, 300)) {
        const text = body(seed);
        const headers = { [header]: oracle.sign(secretFor(seed), TS, text) };
        const verdict = verify(preset, { headers, body: text, secrets: [secretFor(seed)], now: NOW });
        expect(verdict.ok, `seed ${seed}: ${verdict.message}`).toBe(true);
      }
    });

    it('a rotation header we sign (two v1 entries) passes stripe with either secret', () => {
      const text = randomJson(random(5));
      const headers = sign(preset, { body: text, secrets: [secretFor(1), secretFor(2)], timestamp: TS });
      expect(headers[header]!.match(/v1=/g)).toHaveLength(2);
      for (const secret of [secretFor(1), secretFor(2)]) expect(oracle.verify(secret, headers[header]!, text, NOW)).toBe(true);
      expect(oracle.verify(secretFor(3), headers[header]!, text, NOW)).toBe(false);
    });

    it('both sides reject a stale timestamp at the same tolerance', () => {
      const text = '{"id":"evt_late"}';
      const headers = sign(preset, { body: text, secret: secretFor(4), timestamp: TS });
      const late = TS * 1000 + 301_000;
      expect(oracle.verify(secretFor(4), headers[header]!, text, late, 300)).toBe(false);
      expect(verify(preset, { headers, body: text, secrets: [secretFor(4)], now: late, diagnose: false }).code).toBe('timestamp_too_old');
    });
  });
}
