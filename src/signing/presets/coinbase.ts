import type { SchemeSpec } from '../types.js';

export const coinbaseScheme: SchemeSpec = {
  id: 'coinbase',
  name: 'Coinbase Commerce',
  description: 'X-CC-Webhook-Signature: <hex HMAC-SHA256(body)>',
  algorithm: 'hmac-sha256',
  key: { format: 'utf8' },
  content: '{body}',
  encoding: 'hex',
  signature: { header: ['X-CC-Webhook-Signature'], format: { kind: 'plain' } },
  multiSignature: false,
  origin: 'vendor',
};
