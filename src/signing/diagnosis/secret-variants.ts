import type { SchemeSpec } from '../types.js';
import { utf8 } from '../engine/bytes.js';

export interface SecretVariant {
  cause: string;
  message: string;
  key: Uint8Array;
}

const B64 = /^[A-Za-z0-9+/_-]+=*$/;

function lenientBase64(text: string): Buffer | null {
  if (!B64.test(text)) return null;
  return Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
}

/** Keys a sender may have derived from the configured secret by mistake (HMAC schemes). */
export function secretVariants(scheme: SchemeSpec, secret: string, label: string): SecretVariant[] {
  const out: SecretVariant[] = [];
  const add = (cause: string, message: string, key: Uint8Array | null): void => {
    if (key && key.length > 0) out.push({ cause, message, key });
  };
  const trimmed = secret.trim();
  if (trimmed !== secret) {
    add(
      'secret-whitespace',
      `the ${label} has leading or trailing whitespace (often a newline from an env file) that the sender did not use: trim it.`,
      deriveLike(scheme, trimmed),
    );
  }
  add(
    'secret-whitespace',
    `the sender's secret ended with a newline (read from a file or env var without trimming); the ${label} does not: trim the sender's secret.`,
    deriveLike(scheme, `${secret}\n`),
  );
  if (/^v1,/.test(secret)) {
    add(
      'secret-format',
      `the ${label} starts with "v1,": a signature prefix was pasted into the secret; remove it.`,
      deriveLike(scheme, secret.slice(3)),
    );
  }
  const bare = secret.startsWith('whsec_') ? secret.slice(6) : null;
  if (scheme.key.format === 'utf8' && bare !== null) {
    add(
      'whsec-decoded',
      `the signature was made with the "whsec_" secret base64-decoded (the Standard Webhooks way), but ${scheme.name} uses the whole "whsec_…" string as a UTF-8 key: do not strip or decode it.`,
      lenientBase64(bare),
    );
    add(
      'whsec-prefix-stripped',
      `the signature was made with the secret minus its "whsec_" prefix, but ${scheme.name} uses the whole "whsec_…" string, prefix included, as the key.`,
      utf8(bare),
    );
  }
  if (scheme.key.format === 'whsec-base64') {
    add(
      'whsec-not-decoded',
      `the signature was made with the "whsec_…" secret used as raw UTF-8 text, but ${scheme.name} strips "whsec_" and base64-decodes the rest: decode it.`,
      utf8(secret),
    );
    if (bare !== null)
      add(
        'whsec-not-decoded',
        `the signature was made with the text after "whsec_" used as a UTF-8 key; ${scheme.name} base64-decodes it.`,
        utf8(bare),
      );
    const body = bare ?? secret;
    if (/[-_]/.test(body))
      add(
        'base64-alphabet',
        'the secret contains "-" or "_" (base64url); the sender decoded it as base64url while a strict base64 decoder rejects or shrinks it: issue secrets in standard base64.',
        lenientBase64(body),
      );
    const stripped = body.replace(/[^A-Za-z0-9+/]/g, '');
    if (stripped !== body.replace(/=+$/, ''))
      add(
        'base64-invalid',
        'the secret has characters outside base64 that a lenient decoder silently dropped, shrinking the key: re-copy the secret.',
        Buffer.from(stripped, 'base64'),
      );
  }
  if (scheme.key.format === 'utf8' && /^[0-9a-fA-F]+$/.test(secret) && secret.length % 2 === 0) {
    add(
      'secret-hex-decoded',
      `the signature was made with the hex secret decoded to bytes; ${scheme.name} uses the secret text itself as the key.`,
      Buffer.from(secret, 'hex'),
    );
  }
  if (scheme.key.format === 'utf8' && bare === null && B64.test(secret) && secret.length >= 16) {
    add(
      'secret-base64-decoded',
      `the signature was made with the secret base64-decoded; ${scheme.name} uses the secret text itself as the key.`,
      lenientBase64(secret),
    );
  }
  return out;
}

function deriveLike(scheme: SchemeSpec, secret: string): Uint8Array | null {
  if (scheme.key.format === 'utf8') return utf8(secret);
  if (scheme.key.format === 'whsec-base64') return lenientBase64(secret.startsWith('whsec_') ? secret.slice(6) : secret);
  return null;
}
