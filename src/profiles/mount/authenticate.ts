import { createHmac } from 'node:crypto';
import { constantTimeEqual } from '../../signing/engine/constant-time.js';
import type { ApiKey, AuthSpec } from '../types.js';

export type AuthResult = { ok: true; key: ApiKey } | { ok: false; message: string };

export interface AuthRequest {
  method: string;
  /** The path as on the wire (`/pipai/v1/webhooks`) and relative to the mount (`/v1/webhooks`). */
  wirePath: string;
  mountPath: string;
  /** The raw query string with its `?`, or ''. */
  search: string;
  headers: Readonly<Record<string, string>>;
  rawBody: Uint8Array;
  now: number;
}

const indexes = new WeakMap<readonly ApiKey[], Map<string, ApiKey>>();

/** Looks the key up by value, then confirms it in constant time. */
function findKey(keys: readonly ApiKey[], presented: string): ApiKey | undefined {
  let index = indexes.get(keys);
  if (!index) indexes.set(keys, (index = new Map(keys.map((k) => [k.key, k]))));
  const key = index.get(presented);
  return key && constantTimeEqual(Buffer.from(key.key), Buffer.from(presented)) ? key : undefined;
}

const PIPAI_WINDOW_MS = 60_000;

/** Bearer tokens, or PipAI's signed requests (design.md "Test API keys"). */
export function authenticate(spec: AuthSpec, keys: readonly ApiKey[], req: AuthRequest): AuthResult {
  if (spec.kind === 'bearer') {
    const header = req.headers.authorization ?? '';
    if (spec.basic && /^Basic\s/i.test(header)) return basicKey(keys, header);
    const words = (spec.schemes ?? ['Bearer']).join('|');
    const match = new RegExp(`^(?:${words})\\s+(\\S+)\\s*$`, 'i').exec(header);
    if (!match)
      return {
        ok: false,
        message: header
          ? 'The Authorization header must be "Bearer <API key>".'
          : 'Missing API key: send "Authorization: Bearer <API key>".',
      };
    const key = findKey(keys, match[1]!);
    return key ? { ok: true, key } : { ok: false, message: 'Invalid API key. No key found.' };
  }
  const apiKey = req.headers['x-pipai-api-key'];
  const timestamp = req.headers['x-pipai-timestamp'];
  const signature = req.headers['x-pipai-signature'];
  if (!apiKey || !timestamp || !signature)
    return { ok: false, message: 'Signed requests need X-PipAI-API-Key, X-PipAI-Timestamp (unix ms) and X-PipAI-Signature.' };
  const key = findKey(keys, apiKey);
  if (!key?.apiSecret) return { ok: false, message: 'Invalid API key.' };
  if (!/^\d{1,16}$/.test(timestamp)) return { ok: false, message: `X-PipAI-Timestamp must be unix milliseconds, got "${timestamp}".` };
  const skew = Math.abs(req.now - Number(timestamp));
  if (skew > PIPAI_WINDOW_MS)
    return {
      ok: false,
      message: `X-PipAI-Timestamp is ${Math.round(skew / 1000)} s away from the server clock; requests must be signed within ±60 s.`,
    };
  const received = Buffer.from(signature.toLowerCase());
  // The path as sent, or relative to the mount for SDKs that sign against their base URL.
  for (const path of [req.wirePath, req.mountPath]) {
    const expected = createHmac('sha256', key.apiSecret)
      .update(`${timestamp}${req.method.toUpperCase()}${path}${req.search}`)
      .update(req.rawBody)
      .digest('hex');
    if (constantTimeEqual(received, Buffer.from(expected))) return { ok: true, key };
  }
  return {
    ok: false,
    message: 'X-PipAI-Signature does not match: sign hex HMAC-SHA256(API secret, timestamp + METHOD + path + query + raw body).',
  };
}

/** HTTP Basic with the API key as the user name and an empty password. */
function basicKey(keys: readonly ApiKey[], header: string): AuthResult {
  const decoded = Buffer.from(header.replace(/^Basic\s+/i, '').trim(), 'base64').toString('utf8');
  const user = decoded.includes(':') ? decoded.slice(0, decoded.indexOf(':')) : decoded;
  const key = user ? findKey(keys, user) : undefined;
  return key ? { ok: true, key } : { ok: false, message: 'Invalid API key. No key found.' };
}

export function hasScope(key: ApiKey, scope: string | undefined): boolean {
  return !scope || key.scopes.includes('*') || key.scopes.includes(scope);
}
