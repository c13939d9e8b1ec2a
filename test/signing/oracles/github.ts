import { sign, verify } from '@octokit/webhooks-methods';

/**
 * @octokit/webhooks-methods (GitHub's own).
 * Quirks: payloads must be non-empty strings (a TypeError otherwise), so only non-empty UTF-8
 * bodies compare; it signs and verifies only `sha256=` (the legacy SHA-1 header is not supported).
 */
export const githubOracle = {
  library: '@octokit/webhooks-methods',
  /** `sha256=<hex>`. */
  sign(secret: string, body: string): Promise<string> {
    return sign(secret, body);
  },
  verify(secret: string, body: string, signature: string): Promise<boolean> {
    return verify(secret, body, signature);
  },
};
