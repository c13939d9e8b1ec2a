import { sign, verify } from '../../../src/index.js';
import { describe, expect, it } from 'vitest';

import { standardWebhooksOracle as oracle } from '../oracles/standard-webhooks.js';
import { atTime } from './support/fake-clock.js';
import { random, randomText, seeds } from './support/random-bodies.js';

const NOW = 1_718_100_000_000;
const TS = NOW / 1000 - 12;
const secretFor = (seed: number) =>
  `whsec_${Buffer.from(`cross-check secret ${seed} padded to 32 bytes!!`).subarray(0, 32).toString('base64')}`;

// appkit (design.md) is Standard Webhooks v1 under its own preset id.
for (const preset of ['standard-webhooks', 'appkit'] as const) {
  describe(`cross-check ${preset} against standardwebhooks`, () => {
    it('our signatures pass the library verifier for random UTF-8 bodies', async () => {
      for (const seed of seeds(40)) {
        const body = randomText(random(seed));
        const headers = sign(preset, { body, secret: secretFor(seed), id: `msg_${seed}`, timestamp: TS });
        expect(await atTime(NOW, () => oracle.verify(secretFor(seed), headers, body)), `seed ${seed}`).toBe(true);
      }
    });

    it('library signatures pass our verify for random UTF-8 bodies', () => {
      for (const seed of seeds(40, 100)) {
        const body = randomText(random(seed));
        const headers = {
          'webhook-id': `msg_${seed}`,
          'webhook-timestamp': String(TS),
          'webhook-signature': oracle.sign(secretFor(seed), `msg_${seed}`, TS, body),
        };
        const verdict = verify(preset, { headers, body, secrets: [secretFor(seed)], now: NOW });
        expect(verdict.ok, `seed ${seed}: ${verdict.message}`).toBe(true);
      }
    });

    it('a rotation header we sign passes the library with either secret', async () => {
      const body = randomText(random(7));
      const [current, previous] = [secretFor(1), secretFor(2)];
      const headers = sign(preset, { body, secrets: [current, previous], id: 'msg_rot', timestamp: TS });
      expect(headers['webhook-signature']!.split(' ')).toHaveLength(2);
      for (const secret of [current, previous]) expect(await atTime(NOW, () => oracle.verify(secret, headers, body))).toBe(true);
    });

    it('both sides reject a changed body', async () => {
      const body = randomText(random(3));
      const headers = sign(preset, { body, secret: secretFor(3), id: 'msg_x', timestamp: TS });
      expect(await atTime(NOW, () => oracle.verify(secretFor(3), headers, `${body}!`))).toBe(false);
      expect(verify(preset, { headers, body: `${body}!`, secrets: [secretFor(3)], now: NOW, diagnose: false }).ok).toBe(false);
    });

    it('both sides apply the same 300 s window', async () => {
      const body = '{"late":true}';
      const headers = sign(preset, { body, secret: secretFor(4), id: 'msg_late', timestamp: TS });
      const late = TS * 1000 + 301_000;
      expect(await atTime(late, () => oracle.verify(secretFor(4), headers, body))).toBe(false);
      expect(verify(preset, { headers, body, secrets: [secretFor(4)], now: late, diagnose: false }).code).toBe('timestamp_too_old');
    });
  });
}
