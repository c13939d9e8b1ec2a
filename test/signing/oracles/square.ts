import { createHmac } from 'node:crypto';
import { WebhooksHelper } from 'square';

/**
 * square `WebhooksHelper.verifySignature` (async).
 * Quirks: the body is a string (UTF-8 only); the notification URL must be exactly the one
 * configured in Square (no normalisation); compared with `===`. The SDK has no signer, so
 * `referenceSign` (node:crypto, per Square's docs) stands in, checked against the helper first.
 */
export const squareOracle = {
  library: 'square',
  verify(signatureKey: string, notificationUrl: string, body: string, signature: string): Promise<boolean> {
    return WebhooksHelper.verifySignature({ requestBody: body, signatureHeader: signature, signatureKey, notificationUrl });
  },
  referenceSign(signatureKey: string, notificationUrl: string, body: string): string {
    return createHmac('sha256', signatureKey)
      .update(notificationUrl + body)
      .digest('base64');
  },
};
