import type { SignatureEncoding } from '../types.js';

const HEX = /^[0-9a-fA-F]*$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const BASE64URL = /^[A-Za-z0-9_-]*={0,2}$/;

export function encodeSignature(bytes: Uint8Array, encoding: SignatureEncoding): string {
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (encoding === 'hex') return buf.toString('hex');
  if (encoding === 'base64') return buf.toString('base64');
  return buf.toString('base64url');
}

/** Strict decoding: `null` for characters outside the alphabet or impossible lengths. */
export function decodeSignature(text: string, encoding: SignatureEncoding): Uint8Array | null {
  if (encoding === 'hex') {
    // Buffer stops at the first invalid pair, so a short result means a bad character.
    const buf = Buffer.from(text, 'hex');
    return buf.length * 2 === text.length ? buf : null;
  }
  const buf = Buffer.from(text, encoding);
  // Buffer skips characters outside the alphabet; re-encoding exposes them.
  const canonical = buf.toString(encoding).replace(/=+$/, '');
  const given = text.endsWith('=') ? text.replace(/=+$/, '') : text;
  if (canonical !== given) return null;
  if (encoding === 'base64' && text.includes('=') && text.length % 4 !== 0) return null;
  if (encoding === 'base64url' && text.includes('=') && !BASE64URL.test(text)) return null;
  return buf;
}

/** Which encodings a received string could be in, for diagnosis. */
export function plausibleEncodings(text: string): SignatureEncoding[] {
  const out: SignatureEncoding[] = [];
  if (text.length > 0 && HEX.test(text) && text.length % 2 === 0) out.push('hex');
  if (BASE64.test(text)) out.push('base64');
  if (BASE64URL.test(text)) out.push('base64url');
  return out;
}

/** The comparable text form: hex in lower case, base64 without padding. */
export function canonicalSignature(text: string, encoding: SignatureEncoding): string {
  if (encoding === 'hex') return text.toLowerCase();
  return text.endsWith('=') ? text.replace(/=+$/, '') : text;
}
