import type { ApiKey, AuthResult, ProfileAuth } from '../types.js';
import { findKey } from './find-key.js';

export interface BearerOptions {
  /** The words accepted before the key (default `Bearer`; GitHub also takes `token`). */
  schemes?: readonly string[];
  /** Also HTTP Basic with the key as the user name (Stripe's `curl -u sk_test_…:`). */
  basic?: boolean;
}

/** `Authorization: Bearer <key>`. */
export function bearerAuth(options: BearerOptions = {}): ProfileAuth {
  const words = (options.schemes ?? ['Bearer']).join('|');
  const pattern = new RegExp(`^(?:${words})\\s+(\\S+)\\s*$`, 'i');
  return {
    authenticate(keys, req) {
      const header = req.headers.authorization ?? '';
      if (options.basic && /^Basic\s/i.test(header)) return basicKey(keys, header);
      const match = pattern.exec(header);
      if (!match)
        return {
          ok: false,
          message: header
            ? 'The Authorization header must be "Bearer <API key>".'
            : 'Missing API key: send "Authorization: Bearer <API key>".',
        };
      const key = findKey(keys, match[1]!);
      return key ? { ok: true, key } : { ok: false, message: 'Invalid API key. No key found.' };
    },
    requestHeaders: (key) => ({ authorization: `Bearer ${key.key}` }),
    describeKey: (key) => `Bearer ${key?.key ?? '—'}`,
  };
}

/** HTTP Basic with the API key as the user name and an empty password. */
function basicKey(keys: readonly ApiKey[], header: string): AuthResult {
  const decoded = Buffer.from(header.replace(/^Basic\s+/i, '').trim(), 'base64').toString('utf8');
  const user = decoded.includes(':') ? decoded.slice(0, decoded.indexOf(':')) : decoded;
  const key = user ? findKey(keys, user) : undefined;
  return key ? { ok: true, key } : { ok: false, message: 'Invalid API key. No key found.' };
}
