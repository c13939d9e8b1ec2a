import type { SchemeSpec } from '../types.js';

export const gitlabScheme: SchemeSpec = {
  id: 'gitlab',
  name: 'GitLab',
  description: 'X-Gitlab-Token: <secret token>, compared in constant time (no signature)',
  algorithm: 'token',
  key: { format: 'utf8' },
  content: '',
  encoding: 'hex',
  signature: { header: ['X-Gitlab-Token'], format: { kind: 'plain' } },
  request: {
    contentType: 'application/json',
    headers: {
      'User-Agent': 'GitLab/18.5.0',
      'X-Gitlab-Event': '{event}',
      'X-Gitlab-Instance': 'https://gitlab.example.com',
      'X-Gitlab-Event-UUID': '{uuid}',
      'X-Gitlab-Webhook-UUID': '{hex:8}-0000-4000-8000-000000000000',
    },
  },
  verifier: {
    name: 'X-Gitlab-Token compared with the secret token (GitLab docs)',
    staleTimestamps: 'not-checked',
    futureTimestamps: 'not-checked',
  },
  multiSignature: false,
  origin: 'vendor',
};
