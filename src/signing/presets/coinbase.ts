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
  request: { contentType: 'application/json', headers: { 'User-Agent': 'weipay-webhooks' }, eventField: 'event.type' },
  verifier: { name: 'coinbase-commerce-node Webhook.verifySigHeader', staleTimestamps: 'not-checked', futureTimestamps: 'not-checked' },
  multiSignature: false,
  origin: 'vendor',
};
