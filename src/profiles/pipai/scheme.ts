import type { SchemeSpec } from '../../signing/types.js';

/** The pipai seed's scheme: a millisecond timestamp header and an unpadded base64url HMAC-SHA256 of "<ts>.<body>". */
export const pipaiScheme: SchemeSpec = {
  id: 'pipai',
  name: 'PipAI',
  description: 'X-PipAI-Webhook-Signature: <base64url HMAC-SHA256("<ts>.<body>")> with X-PipAI-Webhook-Timestamp (unix ms)',
  algorithm: 'hmac-sha256',
  key: { format: 'utf8' },
  content: '{timestamp}.{body}',
  encoding: 'base64url',
  signature: { header: ['X-PipAI-Webhook-Signature'], format: { kind: 'plain' } },
  timestamp: { source: { header: ['X-PipAI-Webhook-Timestamp'] }, unit: 'ms', toleranceSeconds: 300 },
  multiSignature: false,
  origin: 'profile',
};
