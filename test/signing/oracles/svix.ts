import { Webhook } from 'svix';

/**
 * svix@1 (CommonJS; wraps standardwebhooks 1.0).
 * Quirks: `verify` always JSON.parses the body (no option to skip it), so bodies must be JSON text;
 * it reads `svix-*` headers first and falls back to `webhook-*`; the ±300 s window reads
 * `Date.now()` (run it under a fake clock); Buffer payloads are decoded to strings.
 */
export const svixOracle = {
  library: 'svix',
  sign(secret: string, id: string, timestampSeconds: number, body: string): string {
    return new Webhook(secret).sign(id, new Date(timestampSeconds * 1000), body);
  },
  verify(secret: string, headers: Record<string, string>, jsonBody: string): boolean {
    try {
      new Webhook(secret).verify(jsonBody, headers);
      return true;
    } catch (error) {
      if ((error as Error).name === 'WebhookVerificationError') return false;
      throw error;
    }
  },
};
