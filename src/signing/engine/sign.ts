import { createHash } from 'node:crypto';
import type { SchemeSpec, SignedHeaders, SignInput } from '../types.js';
import { toBytes } from './bytes.js';
import { deriveKey } from './keys.js';
import { renderContent, templateUses, withBodySha256 } from './signed-content.js';
import { computeSignature } from './compute.js';
import { encodeSignature } from './signature-encoding.js';
import { formatSignatureHeader } from './signature-header.js';
import { formatTimestamp } from './timestamp.js';

export class SignError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SignError';
  }
}

/** A message id derived from the content, so signing stays pure when the caller gives none. */
function derivedId(timestamp: string | undefined, body: Uint8Array): string {
  return `msg_${createHash('sha256')
    .update(timestamp ?? '')
    .update(body)
    .digest('base64url')
    .slice(0, 24)}`;
}

/** The URL a sender must post to (Twilio JSON bodies add `bodySHA256`). */
export function requestUrl(scheme: SchemeSpec, url: string, body: Uint8Array | string): string {
  return templateUses(scheme.content, 'bodySha256Url') ? withBodySha256(url, toBytes(body)) : url;
}

/** Signs a body: returns the headers a sender adds. Throws `SignError` for unusable input. */
export function signWith(scheme: SchemeSpec, input: SignInput): SignedHeaders {
  const body = toBytes(input.body);
  const secrets = input.secrets ?? (input.secret !== undefined ? [input.secret] : []);
  if (secrets.length === 0)
    throw new SignError(
      `no secret given: ${scheme.name} needs ${scheme.algorithm === 'ed25519' || scheme.algorithm === 'ecdsa-p256-sha256' ? 'the private key' : 'the signing secret'}`,
    );

  let timestamp: string | undefined;
  const ts = scheme.timestamp;
  if (ts && !('bodyJsonField' in ts.source)) {
    if (input.timestamp !== undefined) timestamp = String(input.timestamp);
    else if (input.now !== undefined) timestamp = formatTimestamp(ts.unit, input.now);
    else
      throw new SignError(
        `${scheme.name} signs a timestamp: pass timestamp (${ts.unit === 's' ? 'unix seconds' : ts.unit === 'ms' ? 'unix milliseconds' : 'RFC 3339'}) or now`,
      );
  } else if (input.timestamp !== undefined && scheme.content.includes('{timestamp}')) {
    timestamp = String(input.timestamp);
  }
  const id = scheme.messageId || scheme.content.includes('{id}') ? (input.id ?? derivedId(timestamp, body)) : input.id;
  const needsUrl = /\{(url|hubspotUri|bodySha256Url)\}/.test(scheme.content);
  if (needsUrl && !input.url) throw new SignError(`${scheme.name} signs the request URL: pass the full URL the request is sent to`);
  const url = input.url ? requestUrl(scheme, input.url, body) : undefined;

  const content = renderContent(scheme.content, { body, id, timestamp, url, method: input.method });
  if (!content.ok) throw new SignError(content.message);

  const used = scheme.multiSignature ? secrets : secrets.slice(0, 1);
  const signatures = used.map((secret, index) => {
    const key = deriveKey(scheme, secret, 'sign');
    if (!key.ok) throw new SignError(`secret ${index + 1}: ${key.message}`);
    if (scheme.algorithm === 'token') return secret;
    return encodeSignature(computeSignature(scheme.algorithm, key.key, content.bytes), scheme.encoding);
  });

  const headers: SignedHeaders = {};
  if (scheme.messageId && id !== undefined) headers[scheme.messageId.header[0]] = id;
  if (ts && 'header' in ts.source && timestamp !== undefined) headers[ts.source.header[0]] = timestamp;
  headers[scheme.signature.header[0]] = formatSignatureHeader(scheme.signature.format, signatures, timestamp);
  for (const [name, value] of Object.entries(scheme.staticHeaders ?? {})) headers[name] = value;
  return headers;
}
