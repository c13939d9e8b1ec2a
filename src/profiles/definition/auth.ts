import type { ApiKey } from './request.js';

export type AuthResult = { ok: true; key: ApiKey } | { ok: false; message: string };

export interface AuthRequest {
  method: string;
  /** The path as on the wire (`/<mount>/v1/webhooks`) and relative to the mount (`/v1/webhooks`). */
  wirePath: string;
  mountPath: string;
  /** The raw query string with its `?`, or ''. */
  search: string;
  headers: Readonly<Record<string, string>>;
  rawBody: Uint8Array;
  now: number;
}

/** How the provider's API authenticates callers (src/profiles/kit: bearer, signed requests). */
export interface ProfileAuth {
  authenticate(keys: readonly ApiKey[], req: AuthRequest): AuthResult;
  /** Headers a client sends to authenticate as `key` (tests and the hostile suite call it). */
  requestHeaders(
    key: ApiKey,
    req: { method: string; path: string; search: string; body: Uint8Array | string; now: number },
  ): Record<string, string>;
  /** Key fields this auth cannot work without (signed requests: `apiSecret`). */
  requiredKeyFields?: readonly 'apiSecret'[];
  /** The key's credentials as the banner shows them. */
  describeKey(key: ApiKey | undefined): string;
}
