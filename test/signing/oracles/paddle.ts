import { createHmac } from 'node:crypto';
import { Paddle } from '@paddle/paddle-node-sdk';

// Constructing Paddle installs the SDK's Node crypto provider; a bare `new Webhooks()` has none
// and silently returns false. No request is made.
const webhooks = new Paddle('pdl_sdbx_apikey_hookyardoracle').webhooks;

/**
 * @paddle/paddle-node-sdk `webhooks.isSignatureValid` (async).
 * Quirks: reads the clock with `new Date()` and rejects a timestamp more than 5 s old (never a
 * future one); keeps only the LAST `h1` of the header, so during rotation it accepts only the
 * secret whose h1 comes last; the body is a string (UTF-8 only). No signer is exposed, so
 * `referenceSign` (node:crypto, per Paddle's docs) stands in, checked against the SDK first.
 */
export const paddleOracle = {
  library: '@paddle/paddle-node-sdk',
  verify(secret: string, body: string, header: string): Promise<boolean> {
    return webhooks.isSignatureValid(body, secret, header);
  },
  referenceSign(secrets: readonly string[], timestampSeconds: number, body: string): string {
    const h1 = secrets.map((s) => `;h1=${createHmac('sha256', s).update(`${timestampSeconds}:${body}`).digest('hex')}`);
    return `ts=${timestampSeconds}${h1.join('')}`;
  },
};
