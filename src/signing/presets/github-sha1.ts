import type { SchemeSpec } from '../types.js';
import { githubScheme } from './github.js';

/** The same request as `github`, signed the legacy way (GitHub still sends both headers). */
export const githubSha1Scheme: SchemeSpec = {
  ...githubScheme,
  id: 'github-sha1',
  name: 'GitHub (legacy SHA-1)',
  description: 'X-Hub-Signature: sha1=<hex HMAC-SHA1(body)>, the legacy GitHub header',
  algorithm: 'hmac-sha1',
  signature: { header: ['X-Hub-Signature'], format: { kind: 'prefixed', prefix: 'sha1=' } },
  request: { ...githubScheme.request!, samples: 'github' },
  verifier: {
    name: 'HMAC-SHA1 of the raw body (GitHub docs, legacy header)',
    staleTimestamps: 'not-checked',
    futureTimestamps: 'not-checked',
  },
};
