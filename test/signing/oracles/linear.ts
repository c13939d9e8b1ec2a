import { createHmac } from 'node:crypto';
import { LinearWebhookClient } from '@linear/sdk/webhooks';

/**
 * @linear/sdk/webhooks `LinearWebhookClient` (ESM only).
 * Quirks: `verify(rawBody, signature, timestamp)` throws instead of returning false; it ignores
 * its timestamp argument and reads `webhookTimestamp` (unix ms) from the JSON body, so bodies
 * must be JSON carrying it; the ±60 s window reads `Date.now()` (run it under a fake clock). The
 * SDK has no signer, so `referenceSign` (node:crypto, per Linear's docs) stands in.
 */
export const linearOracle = {
  library: '@linear/sdk',
  verify(secret: string, body: Uint8Array, signature: string): boolean {
    try {
      return new LinearWebhookClient(secret).verify(Buffer.from(body), signature);
    } catch (error) {
      if (/webhook (signature|timestamp)/i.test((error as Error).message)) return false;
      throw error;
    }
  },
  referenceSign(secret: string, body: Uint8Array): string {
    return createHmac('sha256', secret).update(body).digest('hex');
  },
};
