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
  multiSignature: false,
  origin: 'vendor',
};
