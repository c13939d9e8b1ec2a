import { sign, verify } from '../../../src/index.js';
import { describe, expect, it } from 'vitest';

import { slackOracle as oracle } from '../oracles/slack.js';
import { random, randomText, seeds } from './support/random-bodies.js';

const NOW = 1_718_500_000_000;
const TS = NOW / 1000 - 20;
const secretFor = (seed: number) => `slack-signing-${seed}-8f742231b10e8888`;

describe('cross-check slack against @slack/bolt verifySlackRequest', () => {
  it('our signatures pass Bolt (nowMilliseconds injected) for random UTF-8 bodies', () => {
    for (const seed of seeds(40)) {
      const body = randomText(random(seed));
      const headers = sign('slack', { body, secret: secretFor(seed), timestamp: TS });
      expect(Number(headers['X-Slack-Request-Timestamp'])).toBe(TS);
      expect(oracle.verify(secretFor(seed), body, headers['X-Slack-Signature']!, TS, NOW), `seed ${seed}`).toBe(true);
    }
  });

  it('reference signatures that Bolt accepts pass our verify', () => {
    for (const seed of seeds(40, 500)) {
      const body = randomText(random(seed));
      const signature = oracle.referenceSign(secretFor(seed), TS, body);
      expect(oracle.verify(secretFor(seed), body, signature, TS, NOW)).toBe(true);
      const verdict = verify('slack', {
        headers: { 'X-Slack-Signature': signature, 'X-Slack-Request-Timestamp': String(TS) },
        body,
        secrets: [secretFor(seed)],
        now: NOW,
      });
      expect(verdict.ok, `seed ${seed}: ${verdict.message}`).toBe(true);
    }
  });

  it('both sides reject a request older than 5 minutes', () => {
    const body = 'token=x&text=late';
    const headers = sign('slack', { body, secret: secretFor(1), timestamp: TS });
    const late = TS * 1000 + 6 * 60_000;
    expect(oracle.verify(secretFor(1), body, headers['X-Slack-Signature']!, TS, late)).toBe(false);
    expect(verify('slack', { headers, body, secrets: [secretFor(1)], now: late, diagnose: false }).ok).toBe(false);
  });
});
