import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import type { SchemeSpec } from '../types.js';
import { utf8 } from './bytes.js';

export type KeyMaterial = { kind: 'secret'; bytes: Uint8Array } | { kind: 'private'; key: KeyObject } | { kind: 'public'; key: KeyObject };

export type KeyResult = { ok: true; key: KeyMaterial } | { ok: false; message: string };

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const HEX = /^[0-9a-fA-F]+$/;
// DER prefixes that wrap a raw 32-byte Ed25519 seed / public key.
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

function fail(message: string): KeyResult {
  return { ok: false, message };
}

function decodeStrictBase64(text: string): Buffer | null {
  if (!BASE64.test(text) || text.length % 4 !== 0) return null;
  return Buffer.from(text, 'base64');
}

function whsecBytes(scheme: SchemeSpec, secret: string): KeyResult {
  const body = secret.startsWith('whsec_') ? secret.slice('whsec_'.length) : secret;
  const bytes = decodeStrictBase64(body);
  if (!bytes) {
    return fail(
      `the secret is not valid base64 after the optional "whsec_" prefix; ${scheme.name} secrets look like "whsec_" followed by base64 (A-Z a-z 0-9 + / =)`,
    );
  }
  const { minBytes, maxBytes } = scheme.key;
  if ((minBytes !== undefined && bytes.length < minBytes) || (maxBytes !== undefined && bytes.length > maxBytes)) {
    return fail(`the secret decodes to ${bytes.length} bytes; ${scheme.name} keys are ${minBytes ?? 1}–${maxBytes ?? '∞'} bytes`);
  }
  return { ok: true, key: { kind: 'secret', bytes } };
}

function ed25519FromRaw(raw: Buffer, type: 'private' | 'public'): KeyMaterial {
  return type === 'private'
    ? { kind: 'private', key: createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, raw]), format: 'der', type: 'pkcs8' }) }
    : { kind: 'public', key: createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, raw]), format: 'der', type: 'spki' }) };
}

function pemKey(text: string, use: 'sign' | 'verify'): KeyResult | null {
  if (!text.includes('-----BEGIN')) return null;
  try {
    if (use === 'sign') return { ok: true, key: { kind: 'private', key: createPrivateKey(text) } };
    const key = text.includes('PRIVATE KEY') ? createPublicKey(createPrivateKey(text)) : createPublicKey(text);
    return { ok: true, key: { kind: 'public', key } };
  } catch (error) {
    return fail(`the PEM key could not be read (${(error as Error).message})`);
  }
}

function whskWhpk(secret: string, use: 'sign' | 'verify'): KeyResult {
  const [prefix, body] = secret.startsWith('whsk_')
    ? ['whsk_', secret.slice(5)]
    : secret.startsWith('whpk_')
      ? ['whpk_', secret.slice(5)]
      : ['', secret];
  const bytes = decodeStrictBase64(body);
  if (!bytes || !prefix)
    return fail(
      'Standard Webhooks v1a keys are "whsk_" + base64(32-byte seed ‖ 32-byte public key) to sign, or "whpk_" + base64(32-byte public key) to verify',
    );
  if (prefix === 'whsk_') {
    if (bytes.length !== 64) return fail(`a whsk_ key holds 64 bytes (seed ‖ public key), this one holds ${bytes.length}`);
    const privateKey = ed25519FromRaw(bytes.subarray(0, 32), 'private');
    if (use === 'sign') return { ok: true, key: privateKey };
    return { ok: true, key: ed25519FromRaw(bytes.subarray(32), 'public') };
  }
  if (use === 'sign') return fail('a whpk_ key is public: signing needs the whsk_ secret key');
  if (bytes.length !== 32) return fail(`a whpk_ key holds a 32-byte public key, this one holds ${bytes.length}`);
  return { ok: true, key: ed25519FromRaw(bytes, 'public') };
}

function ed25519Hex(secret: string, use: 'sign' | 'verify'): KeyResult {
  const pem = pemKey(secret, use);
  if (pem) return pem;
  const text = secret.trim();
  if (!HEX.test(text) || text.length !== 64) {
    return fail(
      use === 'sign'
        ? 'signing needs the 32-byte Ed25519 private seed as 64 hex characters (or a PKCS8 PEM)'
        : "verifying needs the 32-byte Ed25519 public key as 64 hex characters (the application's public key)",
    );
  }
  const raw = Buffer.from(text, 'hex');
  if (use === 'sign') return { ok: true, key: ed25519FromRaw(raw, 'private') };
  return { ok: true, key: ed25519FromRaw(raw, 'public') };
}

function ecdsaDer(secret: string, use: 'sign' | 'verify'): KeyResult {
  const pem = pemKey(secret, use);
  if (pem) return pem;
  const der = decodeStrictBase64(secret.trim());
  if (!der) return fail('ECDSA keys are base64 DER (SPKI public key to verify, PKCS8 private key to sign) or PEM');
  try {
    if (use === 'sign') return { ok: true, key: { kind: 'private', key: createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }) } };
    try {
      return { ok: true, key: { kind: 'public', key: createPublicKey({ key: der, format: 'der', type: 'spki' }) } };
    } catch {
      // A private key given to verify: derive its public half rather than refuse.
      return { ok: true, key: { kind: 'public', key: createPublicKey(createPrivateKey({ key: der, format: 'der', type: 'pkcs8' })) } };
    }
  } catch (error) {
    return fail(`the ECDSA key is not a base64 DER ${use === 'sign' ? 'PKCS8 private' : 'SPKI public'} key (${(error as Error).message})`);
  }
}

// Verifying the same secret again and again (a server's hot path) should not re-derive it.
const caches = new WeakMap<SchemeSpec['key'], { sign: Map<string, KeyResult>; verify: Map<string, KeyResult> }>();
const CACHE_LIMIT = 256;

/** Turns a configured secret into key material for `use`; never throws. */
export function deriveKey(scheme: SchemeSpec, secret: string, use: 'sign' | 'verify'): KeyResult {
  let perScheme = caches.get(scheme.key);
  if (!perScheme) caches.set(scheme.key, (perScheme = { sign: new Map(), verify: new Map() }));
  const cache = perScheme[use];
  const hit = cache.get(secret);
  if (hit) return hit;
  const result = deriveKeyUncached(scheme, secret, use);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(secret, result);
  return result;
}

function deriveKeyUncached(scheme: SchemeSpec, secret: string, use: 'sign' | 'verify'): KeyResult {
  if (typeof secret !== 'string' || secret.length === 0) return fail('the secret is empty');
  switch (scheme.key.format) {
    case 'utf8':
      return { ok: true, key: { kind: 'secret', bytes: utf8(secret) } };
    case 'whsec-base64':
      return whsecBytes(scheme, secret);
    case 'base64': {
      const bytes = decodeStrictBase64(secret);
      return bytes ? { ok: true, key: { kind: 'secret', bytes } } : fail('the secret is not valid base64');
    }
    case 'hex':
      return HEX.test(secret) && secret.length % 2 === 0
        ? { ok: true, key: { kind: 'secret', bytes: Buffer.from(secret, 'hex') } }
        : fail('the secret is not valid hex');
    case 'whsk-whpk':
      return whskWhpk(secret, use);
    case 'ed25519-hex':
      return ed25519Hex(secret, use);
    case 'ecdsa-der-base64':
      return ecdsaDer(secret, use);
  }
}
