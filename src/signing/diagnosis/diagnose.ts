import type { Diagnosis, SchemeAlgorithm, SchemeSpec, SignatureEncoding } from '../types.js';
import type { HeaderBag } from '../engine/header-bag.js';
import { deriveKey, type KeyMaterial } from '../engine/keys.js';
import { renderContent } from '../engine/signed-content.js';
import { hmac, isHmac, verifyAsymmetric } from '../engine/compute.js';
import { decodeSignature, encodeSignature } from '../engine/signature-encoding.js';
import { bodyVariants } from './body-variants.js';
import { secretVariants } from './secret-variants.js';
import { urlVariants } from './url-variants.js';

export interface DiagnoseContext {
  scheme: SchemeSpec;
  body: Uint8Array;
  /** Received signatures of the scheme's version, as text. */
  candidates: readonly string[];
  secrets: ReadonlyArray<{ label: string; secret: string }>;
  knownSecrets: ReadonlyArray<{ label: string; secret: string }>;
  headers: HeaderBag;
  id?: string;
  timestamp?: string;
  url?: string;
  method?: string;
}

interface Attempt {
  body: Uint8Array;
  template: string;
  algorithm: SchemeAlgorithm;
  timestamp?: string;
  url?: string;
}

const ENCODINGS: SignatureEncoding[] = ['hex', 'base64', 'base64url'];
const TEMPLATES = [
  '{body}',
  '{timestamp}.{body}',
  '{id}.{timestamp}.{body}',
  '{timestamp}{body}',
  'v0:{timestamp}:{body}',
  '{timestamp}:{body}',
];

function describeTemplate(template: string): string {
  return template.replace('{body}', '<body>').replace('{timestamp}', '<timestamp>').replace('{id}', '<id>');
}

/** Recomputes the signature over the likely mistakes and names the first that reproduces it. */
export function diagnose(ctx: DiagnoseContext): Diagnosis {
  const { scheme } = ctx;
  const tried: string[] = [];
  const received = new Set(ctx.candidates.map((c) => c.replace(/=+$/, '')));
  const keys: KeyMaterial[] = [];
  for (const { secret } of ctx.secrets) {
    const derived = deriveKey(scheme, secret, 'verify');
    if (derived.ok) keys.push(derived.key);
  }

  const render = (attempt: Attempt): Uint8Array | null => {
    const content = renderContent(attempt.template, {
      body: attempt.body,
      id: ctx.id,
      timestamp: attempt.timestamp,
      url: attempt.url,
      method: ctx.method,
    });
    return content.ok ? content.bytes : null;
  };
  /** The encoding in which a recomputed signature equals a received one, or null. */
  const matchWith = (attempt: Attempt, key: KeyMaterial): SignatureEncoding | null => {
    const content = render(attempt);
    if (!content) return null;
    if (key.kind === 'secret') {
      const digest = hmac(attempt.algorithm, key.bytes, content);
      for (const encoding of [scheme.encoding, ...ENCODINGS.filter((e) => e !== scheme.encoding)]) {
        if (received.has(encodeSignature(digest, encoding).replace(/=+$/, ''))) return encoding;
      }
      return null;
    }
    for (const candidate of ctx.candidates) {
      const sig = decodeSignature(candidate, scheme.encoding);
      if (sig && verifyAsymmetric(attempt.algorithm, key, content, sig)) return scheme.encoding;
    }
    return null;
  };
  const matchAny = (attempt: Attempt, candidateKeys: readonly KeyMaterial[] = keys): SignatureEncoding | null => {
    for (const key of candidateKeys) {
      const hit = matchWith(attempt, key);
      if (hit) return hit;
    }
    return null;
  };
  const base: Attempt = { body: ctx.body, template: scheme.content, algorithm: scheme.algorithm, timestamp: ctx.timestamp, url: ctx.url };
  const found = (cause: string, message: string, encoding: SignatureEncoding | null): Diagnosis => ({
    cause,
    message:
      encoding && encoding !== scheme.encoding
        ? `${message} (The signature is also ${encoding} where ${scheme.name} uses ${scheme.encoding}.)`
        : message,
    tried,
  });

  // Encoding alone: the right bytes, written in the wrong alphabet.
  tried.push('hex vs base64 encoding');
  const encodingOnly = matchAny(base);
  if (encodingOnly && encodingOnly !== scheme.encoding) {
    return {
      cause: 'encoding',
      message: `the signature is correct but ${encodingOnly}-encoded; ${scheme.name} expects ${scheme.encoding}: encode the HMAC digest as ${scheme.encoding}.`,
      tried,
    };
  }

  if (isHmac(scheme.algorithm) || scheme.algorithm === 'ed25519' || scheme.algorithm === 'ecdsa-p256-sha256') {
    if (ctx.knownSecrets.length > 0) tried.push(`${ctx.knownSecrets.length} other known secret(s)`);
    for (const known of ctx.knownSecrets) {
      const derived = deriveKey(scheme, known.secret, 'verify');
      if (!derived.ok) continue;
      const hit = matchAny(base, [derived.key]);
      if (hit)
        return found(
          'other-secret',
          `the request was signed with ${known.label}, not with the configured secret: use the secret of the endpoint that sent it.`,
          hit,
        );
    }

    const bodies = bodyVariants(ctx.body);
    tried.push('re-serialized / pretty-printed JSON, escaped unicode, trailing newline and CRLF, charset, empty body');
    for (const variant of bodies) {
      const hit = matchAny({ ...base, body: variant.body });
      if (hit) return found(variant.cause, variant.message, hit);
    }
  }

  if (isHmac(scheme.algorithm)) {
    tried.push('secret whitespace, pasted prefixes, whsec_ decoding, hex/base64 secrets');
    for (const { secret, label } of ctx.secrets) {
      for (const variant of secretVariants(scheme, secret, label)) {
        const hit = matchAny(base, [{ kind: 'secret', bytes: variant.key }]);
        if (hit) return found(variant.cause, variant.message, hit);
      }
    }

    tried.push('SHA-1 / SHA-256 / SHA-512');
    for (const algorithm of ['hmac-sha1', 'hmac-sha256', 'hmac-sha512'] as const) {
      if (algorithm === scheme.algorithm) continue;
      const hit = matchAny({ ...base, algorithm });
      if (hit)
        return found(
          'algorithm',
          `the signature is an HMAC-${algorithm.slice(5).toUpperCase()}; ${scheme.name} uses HMAC-${scheme.algorithm.slice(5).toUpperCase()}: switch the hash.`,
          hit,
        );
    }

    tried.push('other signed-content layouts');
    for (const template of TEMPLATES) {
      if (template === scheme.content) continue;
      if (template.includes('{id}') && ctx.id === undefined) continue;
      if (template.includes('{timestamp}') && ctx.timestamp === undefined) continue;
      const hit = matchAny({ ...base, template });
      if (hit)
        return found(
          'signed-content',
          `the sender signed "${describeTemplate(template)}"; ${scheme.name} signs "${describeTemplate(scheme.content)}": build the signed string exactly as the scheme says.`,
          hit,
        );
    }

    if (ctx.timestamp && /^\d+$/.test(ctx.timestamp) && scheme.content.includes('{timestamp}')) {
      tried.push('timestamp in seconds vs milliseconds inside the signed content');
      const n = Number(ctx.timestamp);
      const alternatives = [String(n * 1000), String(Math.floor(n / 1000))];
      for (const timestamp of alternatives) {
        const hit = matchAny({ ...base, timestamp });
        if (hit)
          return found(
            'timestamp-unit',
            `the sender signed the timestamp ${timestamp} but sent ${ctx.timestamp}: one side uses seconds and the other milliseconds.`,
            hit,
          );
      }
    }
  }

  if (scheme.urlBound && ctx.url) {
    tried.push('http/https, default port, trailing slash, query string, X-Forwarded-* URL');
    for (const variant of urlVariants(ctx.url, ctx.headers)) {
      const hit = matchAny({ ...base, url: variant.url });
      if (hit) return found(variant.cause, variant.message, hit);
    }
  }

  return {
    cause: null,
    message: `No common mistake reproduces the received signature (checked: ${tried.join('; ')}). The sender most likely used a different secret${ctx.secrets.length > 1 ? ` than any of the ${ctx.secrets.length} configured` : ''}: compare the secret the sender holds with the one you verify with.`,
    tried,
  };
}
