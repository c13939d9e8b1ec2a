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
  multiSignature: false,
  origin: 'vendor',
};
