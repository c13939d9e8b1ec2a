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
  multiSignature: false,
  origin: 'vendor',
};
