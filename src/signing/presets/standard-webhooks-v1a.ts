import type { SchemeSpec } from '../types.js';
import { standardWebhooksScheme } from './standard-webhooks.js';

export const standardWebhooksV1aScheme: SchemeSpec = {
  ...standardWebhooksScheme,
  id: 'standard-webhooks-v1a',
  name: 'Standard Webhooks v1a (Ed25519)',
  description: 'webhook-signature: v1a,<base64 Ed25519("<id>.<ts>.<body>")>, whsk_ signing key / whpk_ public key',
  algorithm: 'ed25519',
  key: { format: 'whsk-whpk' },
  keyVariants: undefined,
  request: { ...standardWebhooksScheme.request!, samples: 'standard-webhooks' },
  signature: { header: ['webhook-signature'], format: { kind: 'versioned-list', separator: ' ', version: 'v1a', versionSeparator: ',' } },
};
