import type { SchemeSpec } from '../types.js';

export const githubSha1Scheme: SchemeSpec = {
  id: 'github-sha1',
  name: 'GitHub (legacy SHA-1)',
  description: 'X-Hub-Signature: sha1=<hex HMAC-SHA1(body)>, the legacy GitHub header',
  algorithm: 'hmac-sha1',
  key: { format: 'utf8' },
  content: '{body}',
  encoding: 'hex',
  signature: { header: ['X-Hub-Signature'], format: { kind: 'prefixed', prefix: 'sha1=' } },
  messageId: { header: ['X-GitHub-Delivery'] },
  request: {
    contentType: 'application/json',
    headers: {
      'User-Agent': 'GitHub-Hookshot/{hex:7}',
      'X-GitHub-Event': '{event}',
      'X-GitHub-Hook-ID': '512345678',
      'X-GitHub-Hook-Installation-Target-ID': '812345678',
      'X-GitHub-Hook-Installation-Target-Type': 'repository',
      Accept: '*/*',
    },
    idFormat: 'uuid',
    samples: 'github',
  },
  verifier: {
    name: 'HMAC-SHA1 of the raw body (GitHub docs, legacy header)',
    staleTimestamps: 'not-checked',
    futureTimestamps: 'not-checked',
  },
  multiSignature: false,
  origin: 'vendor',
};
