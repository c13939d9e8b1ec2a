import { createHmac } from 'node:crypto';
import { isValidSlackRequest } from '@slack/bolt';

/**
 * @slack/bolt `verifySlackRequest` / `isValidSlackRequest`.
 * Quirks: takes `nowMilliseconds` (else Date.now()); the body is a string (UTF-8 only); it
 * rejects only stale timestamps (older than 5 min), not future ones; the timestamp header is
 * typed as a number. Bolt has no signer, so `referenceSign` (node:crypto, per Slack's docs)
 * stands in, and the tests first check that Bolt accepts it.
 */
export const slackOracle = {
  library: '@slack/bolt',
  verify(secret: string, body: string, signature: string, timestampSeconds: number, nowMs: number): boolean {
    return isValidSlackRequest({
      signingSecret: secret,
      body,
      headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': timestampSeconds },
      nowMilliseconds: nowMs,
    });
  },
  referenceSign(secret: string, timestampSeconds: number, body: string): string {
    return `v0=${createHmac('sha256', secret).update(`v0:${timestampSeconds}:${body}`).digest('hex')}`;
  },
};
