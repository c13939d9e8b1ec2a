import { knownSchemes } from '../profiles/schemes.js';
import { providerRequest } from '../signing/provider-request.js';
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
  /** The event type for the provider's own headers (`X-GitHub-Event` …); default: read from the body. */
  event?: string;
}

/** A signed `Request`, for unit tests of a handler without a server. */
export function signedRequest(options: SignedRequestOptions): Request {
  const scheme = knownSchemes.resolve(options.scheme);
  const body = typeof options.body === 'string' || options.body instanceof Uint8Array ? options.body : JSON.stringify(options.body);
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  const secrets = Array.isArray(options.secret) ? options.secret : [options.secret];
  // The provider's content type and headers too, and the URL it posts to (Twilio JSON's bodySHA256).
  const request = providerRequest(scheme, {
    body: bytes,
    secrets,
    id: options.id,
    now: options.now ?? Date.now(),
    url: options.url ?? 'http://localhost/webhooks',
    event: options.event,
    headers: options.headers,
  });
  return new Request(request.url, { method: 'POST', headers: request.headers, body: Buffer.from(bytes) });
}
