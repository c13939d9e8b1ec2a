import { createHmac } from 'node:crypto';
import { constantTimeEqual } from '../../signing/engine/constant-time.js';
import type { ProfileAuth } from '../types.js';
import { findKey } from './find-key.js';

export interface SignedRequestOptions {
  /** Header names as the provider documents them (they appear in error messages). */
  headers: { key: string; timestamp: string; signature: string };
  /** How far the ms timestamp may be from the server clock. */
  windowMs: number;
}

/**
 * API key + unix-ms timestamp + hex HMAC-SHA256(key's apiSecret, timestamp + METHOD + path +
 * query + raw body). The path is taken as sent or relative to the mount, for SDKs that sign
 * against their base URL.
 */
export function signedRequestAuth(options: SignedRequestOptions): ProfileAuth {
  const names = options.headers;
  const [keyHeader, tsHeader, sigHeader] = [names.key, names.timestamp, names.signature].map((n) => n.toLowerCase()) as [
    string,
    string,
    string,
  ];
  const mac = (secret: string, timestamp: string, method: string, path: string, search: string, body: Uint8Array | string) =>
    createHmac('sha256', secret)
      .update(`${timestamp}${method.toUpperCase()}${path}${search}`)
      .update(typeof body === 'string' ? Buffer.from(body) : body)
      .digest('hex');
  const window = Math.round(options.windowMs / 1000);
  return {
    requiredKeyFields: ['apiSecret'],
    authenticate(keys, req) {
      const apiKey = req.headers[keyHeader];
      const timestamp = req.headers[tsHeader];
      const signature = req.headers[sigHeader];
      if (!apiKey || !timestamp || !signature)
        return { ok: false, message: `Signed requests need ${names.key}, ${names.timestamp} (unix ms) and ${names.signature}.` };
      const key = findKey(keys, apiKey);
      if (!key?.apiSecret) return { ok: false, message: 'Invalid API key.' };
      if (!/^\d{1,16}$/.test(timestamp)) return { ok: false, message: `${names.timestamp} must be unix milliseconds, got "${timestamp}".` };
      const skew = Math.abs(req.now - Number(timestamp));
      if (skew > options.windowMs)
        return {
          ok: false,
          message: `${names.timestamp} is ${Math.round(skew / 1000)} s away from the server clock; requests must be signed within ±${window} s.`,
        };
      const received = Buffer.from(signature.toLowerCase());
      for (const path of [req.wirePath, req.mountPath]) {
        const expected = mac(key.apiSecret, timestamp, req.method, path, req.search, req.rawBody);
        if (constantTimeEqual(received, Buffer.from(expected))) return { ok: true, key };
      }
      return {
        ok: false,
        message: `${names.signature} does not match: sign hex HMAC-SHA256(API secret, timestamp + METHOD + path + query + raw body).`,
      };
    },
    requestHeaders(key, req) {
      const timestamp = String(req.now);
      return {
        [keyHeader]: key.key,
        [tsHeader]: timestamp,
        [sigHeader]: mac(key.apiSecret ?? '', timestamp, req.method, req.path, req.search, req.body),
      };
    },
    describeKey: (key) => `key ${key?.key ?? '—'}, API secret ${key?.apiSecret ?? '—'}`,
  };
}
