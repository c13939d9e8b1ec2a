import type { SchemeSpec } from '../types.js';

export const standardWebhooksScheme: SchemeSpec = {
  id: 'standard-webhooks',
  name: 'Standard Webhooks v1',
  description: 'webhook-signature: v1,<base64 HMAC-SHA256("<id>.<ts>.<body>")>, key = base64 after whsec_',
  algorithm: 'hmac-sha256',
  key: { format: 'whsec-base64', minBytes: 24, maxBytes: 64 },
  content: '{id}.{timestamp}.{body}',
  encoding: 'base64',
  signature: {
    header: ['webhook-signature'],
    format: { kind: 'versioned-list', separator: ' ', version: 'v1', versionSeparator: ',' },
  },
  messageId: { header: ['webhook-id'] },
  timestamp: { source: { header: ['webhook-timestamp'] }, unit: 's', toleranceSeconds: 300 },
  request: { contentType: 'application/json', headers: { 'User-Agent': 'Standard-Webhooks' }, eventField: 'type' },
  verifier: {
    name: 'standardwebhooks Webhook.verify',
    staleTimestamps: 'rejected',
    futureTimestamps: 'rejected',
    note: 'verify rejects timestamps more than 5 minutes off either way.',
  },
  // One header carries both versions; the key prefix says which applies (whsk_ signs, whpk_ verifies v1a).
  keyVariants: [
    {
      prefixes: ['whsk_', 'whpk_'],
      algorithm: 'ed25519',
      key: { format: 'whsk-whpk' },
      encoding: 'base64',
      signature: {
        header: ['webhook-signature'],
        format: { kind: 'versioned-list', separator: ' ', version: 'v1a', versionSeparator: ',' },
      },
    },
  ],
  multiSignature: true,
  origin: 'standard',
};
