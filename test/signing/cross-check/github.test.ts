import { sign, verify } from '../../../src/index.js';
import { describe, expect, it } from 'vitest';

import { githubOracle as oracle } from '../oracles/github.js';
import { random, randomText, seeds } from './support/random-bodies.js';

const NOW = 1_718_400_000_000;
const secretFor = (seed: number) => `gh secret ${seed} ✓`;

// alerting (design.md) is the GitHub sha256=<hex> scheme under X-Alerting-Signature-256.
for (const [preset, header] of [
  ['github', 'X-Hub-Signature-256'],
  ['alerting', 'X-Alerting-Signature-256'],
] as const) {
  describe(`cross-check ${preset} against @octokit/webhooks-methods`, () => {
    it('our signatures pass verify for random non-empty UTF-8 bodies', async () => {
      for (const seed of seeds(40)) {
        const body = `${randomText(random(seed))}.`;
        const headers = sign(preset, { body, secret: secretFor(seed) });
        expect(await oracle.verify(secretFor(seed), body, headers[header]!), `seed ${seed}`).toBe(true);
      }
    });

    it('library signatures pass our verify', async () => {
      for (const seed of seeds(40, 400)) {
        const body = `${randomText(random(seed))}.`;
        const headers = { [header]: await oracle.sign(secretFor(seed), body) };
        const verdict = verify(preset, { headers, body, secrets: [secretFor(seed)], now: NOW });
        expect(verdict.ok, `seed ${seed}: ${verdict.message}`).toBe(true);
      }
    });

    it('both sides reject another secret', async () => {
      const body = randomText(random(11));
      const headers = sign(preset, { body, secret: secretFor(1) });
      expect(await oracle.verify(secretFor(2), body, headers[header]!)).toBe(false);
      expect(
        verify(preset, {
          headers: { [header]: await oracle.sign(secretFor(1), body) },
          body,
          secrets: [secretFor(2)],
          now: NOW,
          diagnose: false,
        }).ok,
      ).toBe(false);
    });
  });
}
