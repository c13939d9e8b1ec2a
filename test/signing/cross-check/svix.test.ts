import { sign, verify } from '../../../src/index.js';
import { describe, expect, it } from 'vitest';

import { svixOracle as oracle } from '../oracles/svix.js';
import { atTime } from './support/fake-clock.js';
import { random, randomJson, seeds } from './support/random-bodies.js';

const NOW = 1_718_200_000_000;
const TS = NOW / 1000 - 5;
const secretFor = (seed: number) =>
  `whsec_${Buffer.from(`svix cross-check ${seed} ......................`).subarray(0, 32).toString('base64')}`;

describe('cross-check svix against svix@1', () => {
  it('our signatures (svix-* headers) pass Webhook.verify for random JSON bodies', async () => {
    for (const seed of seeds(40)) {
      const body = randomJson(random(seed));
      const headers = sign('svix', { body, secret: secretFor(seed), id: `msg_${seed}`, timestamp: TS });
      expect(Object.keys(headers)).toEqual(expect.arrayContaining(['svix-id', 'svix-timestamp', 'svix-signature']));
      expect(await atTime(NOW, () => oracle.verify(secretFor(seed), headers, body)), `seed ${seed}`).toBe(true);
    }
  });

  it('Webhook.sign signatures pass our verify under svix-* and webhook-* names', () => {
    for (const seed of seeds(40, 200)) {
      const body = randomJson(random(seed));
      const sig = oracle.sign(secretFor(seed), `msg_${seed}`, TS, body);
      const branded = { 'svix-id': `msg_${seed}`, 'svix-timestamp': String(TS), 'svix-signature': sig };
      const unbranded = { 'webhook-id': `msg_${seed}`, 'webhook-timestamp': String(TS), 'webhook-signature': sig };
      for (const headers of [branded, unbranded]) {
        const verdict = verify('svix', { headers, body, secrets: [secretFor(seed)], now: NOW });
        expect(verdict.ok, `seed ${seed}: ${verdict.message}`).toBe(true);
      }
    }
  });

  it('a rotation header we sign passes svix with either secret', async () => {
    const body = randomJson(random(9));
    const headers = sign('svix', { body, secrets: [secretFor(1), secretFor(2)], id: 'msg_rot', timestamp: TS });
    for (const secret of [secretFor(1), secretFor(2)]) expect(await atTime(NOW, () => oracle.verify(secret, headers, body))).toBe(true);
    expect(await atTime(NOW, () => oracle.verify(secretFor(3), headers, body))).toBe(false);
  });
});
