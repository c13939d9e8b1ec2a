import type { SignatureEncoding } from '../types.js';

const HEX = /^[0-9a-fA-F]*$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const BASE64URL = /^[A-Za-z0-9_-]*={0,2}$/;

export function encodeSignature(bytes: Uint8Array, encoding: SignatureEncoding): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (encoding === 'hex') return buf.toString('hex');
  if (encoding === 'base64') return buf.toString('base64');
  return buf.toString('base64url');
}

/** Strict decoding: `null` for characters outside the alphabet or impossible lengths. */
export function decodeSignature(text: string, encoding: SignatureEncoding): Uint8Array | null {
  if (encoding === 'hex') {
    if (!HEX.test(text) || text.length % 2 !== 0) return null;
    return Buffer.from(text, 'hex');
  }
  const pattern = encoding === 'base64' ? BASE64 : BASE64URL;
  if (!pattern.test(text)) return null;
  const unpadded = text.replace(/=+$/, '');
  if (unpadded.length % 4 === 1) return null;
  if (encoding === 'base64' && text.includes('=') && text.length % 4 !== 0) return null;
  return Buffer.from(unpadded, encoding === 'base64' ? 'base64' : 'base64url');
}

/** Which encodings a received string could be in, for diagnosis. */
export function plausibleEncodings(text: string): SignatureEncoding[] {
  const out: SignatureEncoding[] = [];
  if (text.length > 0 && HEX.test(text) && text.length % 2 === 0) out.push('hex');
  if (BASE64.test(text)) out.push('base64');
  if (BASE64URL.test(text)) out.push('base64url');
  return out;
}
