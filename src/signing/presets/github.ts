import type { SchemeSpec } from '../types.js';

export const githubScheme: SchemeSpec = {
  id: 'github',
  name: 'GitHub',
  description: 'X-Hub-Signature-256: sha256=<hex HMAC-SHA256(body)>',
  algorithm: 'hmac-sha256',
  key: { format: 'utf8' },
  content: '{body}',
  encoding: 'hex',
  signature: { header: ['X-Hub-Signature-256'], format: { kind: 'prefixed', prefix: 'sha256=' } },
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
  },
  verifier: {
    name: '@octokit/webhooks verify / createNodeMiddleware',
    staleTimestamps: 'not-checked',
    futureTimestamps: 'not-checked',
    note: 'GitHub signs no timestamp.',
  },
  multiSignature: false,
  origin: 'vendor',
};
