import { generateKeyPairSync } from 'node:crypto';
import type { SchemeSpec } from '../signing/types.js';

function uuid(bytes: Uint8Array): string {
  const b = Buffer.from(bytes.subarray(0, 16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = b.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A different secret of the same shape: what a forger, another endpoint or another environment holds. */
export function otherSecretLike(scheme: SchemeSpec, secret: string, randomBytes: (n: number) => Uint8Array): string {
  switch (scheme.key.format) {
    case 'whsec-base64':
      return `whsec_${Buffer.from(randomBytes(24)).toString('base64')}`;
    case 'whsk-whpk': {
      const { privateKey, publicKey } = generateKeyPairSync('ed25519');
      const seed = privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(-32);
      const pub = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
      return `whsk_${Buffer.concat([seed, pub]).toString('base64')}`;
    }
    case 'ed25519-hex':
      return generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(-32).toString('hex');
    case 'ecdsa-der-base64':
      return generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
    default: {
      if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(secret)) return uuid(randomBytes(16));
      const prefix = /^[a-z]+_/.exec(secret)?.[0] ?? '';
      const size = Math.max(16, secret.length - prefix.length);
      return prefix + Buffer.from(randomBytes(size)).toString('base64url').slice(0, size);
    }
  }
}
