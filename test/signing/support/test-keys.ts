import { generateKeyPairSync } from 'node:crypto';
import type { SchemeSpec } from '../../../src/signing/index.js';

export interface KeyPair {
  /** What `sign` takes. */
  signWith: string;
  /** What `verify` takes. */
  verifyWith: string;
}

/** A fresh key (pair) in the format the scheme's key model expects. */
export function keysFor(scheme: SchemeSpec, seed = 'secret'): KeyPair {
  switch (scheme.key.format) {
    case 'whsec-base64': {
      const key = `whsec_${Buffer.from(`${seed}-0123456789abcdefghijklmnop`.slice(0, 32)).toString('base64')}`;
      return { signWith: key, verifyWith: key };
    }
    case 'whsk-whpk': {
      const { privateKey, publicKey } = generateKeyPairSync('ed25519');
      const seedBytes = privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(-32);
      const pub = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
      return { signWith: `whsk_${Buffer.concat([seedBytes, pub]).toString('base64')}`, verifyWith: `whpk_${pub.toString('base64')}` };
    }
    case 'ed25519-hex': {
      const { privateKey, publicKey } = generateKeyPairSync('ed25519');
      return {
        signWith: privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(-32).toString('hex'),
        verifyWith: publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex'),
      };
    }
    case 'ecdsa-der-base64': {
      const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
      return {
        signWith: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
        verifyWith: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
      };
    }
    default:
      return { signWith: `${seed}-key-0123456789`, verifyWith: `${seed}-key-0123456789` };
  }
}

/** Deterministic pseudo-random numbers so a failing case can be reproduced. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random bodies: arbitrary bytes (not UTF-8), emoji text, JSON, empty. */
export function randomBodies(seed: number, count: number): Uint8Array[] {
  const rnd = seededRandom(seed);
  const out: Uint8Array[] = [
    new Uint8Array(0),
    new TextEncoder().encode('{"emoji":"🪝 héllo — 世界"}'),
    Uint8Array.from([0xff, 0xfe, 0x00, 0x80, 0xc3, 0x28]),
  ];
  for (let i = 0; i < count; i++) {
    const size = Math.floor(rnd() * 2048);
    const bytes = new Uint8Array(size);
    for (let j = 0; j < size; j++) bytes[j] = Math.floor(rnd() * 256);
    out.push(bytes);
  }
  return out;
}
