import { createHmac, sign as cryptoSign, verify as cryptoVerify } from 'node:crypto';
import type { SchemeAlgorithm, SignatureEncoding } from '../types.js';
import type { KeyMaterial } from './keys.js';

const HMAC_DIGEST: Partial<Record<SchemeAlgorithm, string>> = {
  'hmac-sha256': 'sha256',
  'hmac-sha1': 'sha1',
  'hmac-sha512': 'sha512',
};

export function isHmac(algorithm: SchemeAlgorithm): boolean {
  return algorithm in HMAC_DIGEST;
}

export function hmac(algorithm: SchemeAlgorithm, key: Uint8Array, content: Uint8Array | readonly Uint8Array[]): Uint8Array {
  const mac = createHmac(HMAC_DIGEST[algorithm] ?? 'sha256', key);
  if (content instanceof Uint8Array) mac.update(content);
  else for (const part of content) mac.update(part);
  return mac.digest();
}

/** An HMAC written straight in a signature encoding (the verify hot path). */
export function hmacText(
  algorithm: SchemeAlgorithm,
  key: Uint8Array,
  content: Uint8Array | readonly Uint8Array[],
  encoding: SignatureEncoding,
): string {
  const mac = createHmac(HMAC_DIGEST[algorithm] ?? 'sha256', key);
  if (content instanceof Uint8Array) mac.update(content);
  else for (const part of content) mac.update(part);
  return mac.digest(encoding);
}

/** Produces the raw signature bytes. Asymmetric keys must be private. */
export function computeSignature(algorithm: SchemeAlgorithm, key: KeyMaterial, content: Uint8Array): Uint8Array {
  if (algorithm === 'ed25519') {
    if (key.kind !== 'private') throw new TypeError('Ed25519 signing needs a private key');
    return cryptoSign(null, content, key.key);
  }
  if (algorithm === 'ecdsa-p256-sha256') {
    if (key.kind !== 'private') throw new TypeError('ECDSA signing needs a private key');
    return cryptoSign('sha256', content, { key: key.key, dsaEncoding: 'der' });
  }
  if (key.kind !== 'secret') throw new TypeError('HMAC needs a secret key');
  if (algorithm === 'token') return key.bytes;
  return hmac(algorithm, key.bytes, content);
}

/** Asymmetric verification; never throws (a malformed signature is simply invalid). */
export function verifyAsymmetric(algorithm: SchemeAlgorithm, key: KeyMaterial, content: Uint8Array, signature: Uint8Array): boolean {
  if (key.kind !== 'public') return false;
  try {
    if (algorithm === 'ed25519') return cryptoVerify(null, content, key.key, signature);
    return cryptoVerify('sha256', content, { key: key.key, dsaEncoding: 'der' }, signature);
  } catch {
    return false;
  }
}

/** Bytes an HMAC of this algorithm produces, for length checks and SHA-1/SHA-256 inference. */
export function digestLength(algorithm: SchemeAlgorithm): number | null {
  if (algorithm === 'hmac-sha256') return 32;
  if (algorithm === 'hmac-sha1') return 20;
  if (algorithm === 'hmac-sha512') return 64;
  if (algorithm === 'ed25519') return 64;
  return null;
}
