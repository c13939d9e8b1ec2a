import Stripe from 'stripe';

const stripe = new Stripe('sk_test_hookyard_oracle');

/**
 * stripe (webhooks helpers; no network is touched).
 * Quirks: `constructEvent` needs an explicit `tolerance` (seconds) and `receivedAt` (unix ms),
 * otherwise it reads `Date.now()`; it only rejects *old* timestamps, never future ones; it
 * decodes a Uint8Array payload with TextDecoder (lossy), so only UTF-8 bodies compare; it
 * JSON.parses the payload after verifying (use `signature.verifyHeader` for non-JSON text);
 * only `v1=` entries count; the whole `whsec_…` string is the HMAC key.
 */
export const stripeOracle = {
  library: 'stripe',
  /** A `Stripe-Signature` value (`t=..,v1=..`) for one secret. */
  sign(secret: string, timestampSeconds: number, body: string): string {
    return stripe.webhooks.generateTestHeaderString({ secret, timestamp: timestampSeconds, payload: body });
  },
  /** constructEvent for JSON bodies; verifyHeader for any text. */
  verify(secret: string, header: string, body: string, nowMs: number, toleranceSeconds = 300): boolean {
    try {
      if (isJson(body)) stripe.webhooks.constructEvent(body, header, secret, toleranceSeconds, undefined, nowMs);
      else stripe.webhooks.signature!.verifyHeader(body, header, secret, toleranceSeconds, undefined, nowMs);
      return true;
    } catch (error) {
      if (error instanceof Stripe.errors.StripeSignatureVerificationError) return false;
      throw error;
    }
  },
};

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
