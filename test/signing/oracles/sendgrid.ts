import { createRequire } from 'node:module';
import { generateKeyPairSync } from 'node:crypto';
import { EventWebhook } from '@sendgrid/eventwebhook';

// starkbank-ecdsa is @sendgrid/eventwebhook's own ECDSA dependency: load that exact copy.
const sendgridRequire = createRequire(createRequire(import.meta.url).resolve('@sendgrid/eventwebhook'));
interface StarkSignature {
  toBase64(): string;
}
const stark = sendgridRequire('starkbank-ecdsa') as {
  Ecdsa: { sign(message: string, key: unknown): StarkSignature };
  PrivateKey: { fromPem(pem: string): unknown };
};

/**
 * @sendgrid/eventwebhook `EventWebhook.verifySignature` (over starkbank-ecdsa).
 * Quirks: the public key is the base64 DER SPKI from SendGrid's settings, converted with
 * `convertPublicKeyToECDSA` (its `fromPem` accepts the bare base64); the payload is a string
 * (Buffers are `toString()`ed), so only UTF-8 bodies compare; CRLFs must be kept. SendGrid's
 * package has no signer; `sign` uses starkbank-ecdsa's `Ecdsa.sign` (RFC 6979), the library
 * the verifier itself is built on.
 */
export const sendgridOracle = {
  library: '@sendgrid/eventwebhook',
  /** A fresh P-256 key pair: base64 DER PKCS8 (our sign), base64 DER SPKI (verify), SEC1 PEM (starkbank). */
  keyPair(): { pkcs8Base64: string; spkiBase64: string; sec1Pem: string } {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    return {
      pkcs8Base64: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
      spkiBase64: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
      sec1Pem: privateKey.export({ format: 'pem', type: 'sec1' }).toString(),
    };
  },
  sign(sec1Pem: string, timestamp: string, body: string): string {
    return stark.Ecdsa.sign(`${timestamp}${body}`, stark.PrivateKey.fromPem(sec1Pem)).toBase64();
  },
  verify(spkiBase64: string, body: string, signature: string, timestamp: string): boolean {
    const webhook = new EventWebhook();
    return webhook.verifySignature(webhook.convertPublicKeyToECDSA(spkiBase64), body, signature, timestamp);
  },
};
