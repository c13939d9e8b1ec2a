import type { ApiKey, AuthRequest, AuthResult, ProfileAuth } from '../types.js';

export type { AuthRequest, AuthResult } from '../types.js';

/** The profile's own auth decides (src/profiles/kit has bearer and signed requests). */
export function authenticate(auth: ProfileAuth, keys: readonly ApiKey[], req: AuthRequest): AuthResult {
  return auth.authenticate(keys, req);
}

export function hasScope(key: ApiKey, scope: string | undefined): boolean {
  return !scope || key.scopes.includes('*') || key.scopes.includes(scope);
}
