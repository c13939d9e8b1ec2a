import { requestUrl, resolveScheme, sign } from '../signing/index.js';
import type { SchemeSpec } from '../signing/types.js';

export interface SignedRequestOptions {
  /** A preset id (a seed profile's id gives its delivery scheme) or a scheme description. */
  scheme: string | SchemeSpec;
  secret: string | string[];
  /** The body exactly as sent; an object is JSON-serialised once, here. */
  body: string | Uint8Array | object;
  url?: string;
  id?: string;
  /** Unix ms; defaults to the current time. */
  now?: number;
  headers?: Record<string, string>;
}

/** A signed `Request`, for unit tests of a handler without a server. */
export function signedRequest(options: SignedRequestOptions): Request {
  const scheme = resolveScheme(options.scheme);
  const body = typeof options.body === 'string' || options.body instanceof Uint8Array ? options.body : JSON.stringify(options.body);
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  const url = requestUrl(scheme, options.url ?? 'http://localhost/webhooks', bytes);
  const secrets = Array.isArray(options.secret) ? options.secret : [options.secret];
  const headers = sign(scheme, { body: bytes, secrets, id: options.id, now: options.now ?? Date.now(), url, method: 'POST' });
  return new Request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...options.headers, ...headers }, body: Buffer.from(bytes) });
}
