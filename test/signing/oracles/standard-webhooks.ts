import { Webhook } from 'standardwebhooks';

/**
 * standardwebhooks@1 (the Standard Webhooks reference library).
 * Quirks: a Buffer payload is decoded to a string (lossy for non-UTF-8 bytes), so only text bodies
 * can be cross-checked; `verify` JSON.parses the body unless `{ jsonParse: false }`; the ±300 s
 * window reads `Date.now()` (run it under a fake clock); only v1 entries are tried (v1a ignored).
 */
export const standardWebhooksOracle = {
  library: 'standardwebhooks',
  /** The `webhook-signature` value (`v1,<base64>`) for one secret. */
  sign(secret: string, id: string, timestampSeconds: number, body: string): string {
    return new Webhook(secret).sign(id, new Date(timestampSeconds * 1000), body);
  },
  /** True when the library accepts the request; false on its WebhookVerificationError. */
  verify(secret: string, headers: Record<string, string>, body: string): boolean {
    try {
      new Webhook(secret).verify(body, headers, { jsonParse: false });
      return true;
    } catch (error) {
      if ((error as Error).name === 'WebhookVerificationError') return false;
      throw error;
    }
  },
};
