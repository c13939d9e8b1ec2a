import { sign as edSign, createPrivateKey, createPublicKey } from 'node:crypto';
import { verifyKey } from 'discord-interactions';

const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/**
 * discord-interactions `verifyKey` (WebCrypto Ed25519; async).
 * Quirks: takes the raw body bytes (any bytes work), the hex signature, the timestamp string
 * and the hex public key; returns false instead of throwing. Discord publishes no signer, so
 * `referenceSign` (node:crypto Ed25519) stands in, and the tests first check verifyKey accepts it.
 */
export const discordOracle = {
  library: 'discord-interactions',
  verify(body: Uint8Array, signatureHex: string, timestamp: string, publicKeyHex: string): Promise<boolean> {
    return verifyKey(body, signatureHex, timestamp, publicKeyHex);
  },
  /** A fresh key pair from a 32-byte seed: what our `sign` and `verify` take (hex). */
  keyPair(seed: Uint8Array): { seedHex: string; publicHex: string } {
    const key = createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
    return {
      seedHex: Buffer.from(seed).toString('hex'),
      publicHex: createPublicKey(key).export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex'),
    };
  },
  referenceSign(seedHex: string, timestamp: string, body: Uint8Array): string {
    const key = createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, Buffer.from(seedHex, 'hex')]), format: 'der', type: 'pkcs8' });
    return edSign(null, Buffer.concat([Buffer.from(timestamp), body]), key).toString('hex');
  },
};
