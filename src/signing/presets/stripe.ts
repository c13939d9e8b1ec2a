import type { SchemeSpec } from '../types.js';

export const stripeScheme: SchemeSpec = {
  id: 'stripe',
  name: 'Stripe',
  description: 'Stripe-Signature: t=<ts>,v1=<hex HMAC-SHA256("<t>.<body>")>; the whole whsec_ string is the UTF-8 key',
  algorithm: 'hmac-sha256',
  key: { format: 'utf8' },
  content: '{timestamp}.{body}',
  encoding: 'hex',
  signature: { header: ['Stripe-Signature'], format: { kind: 'kv-list', pairSeparator: ',', kvSeparator: '=', signatureKey: 'v1', timestampKey: 't' } },
  timestamp: { source: { signatureKey: 't' }, unit: 's', toleranceSeconds: 300 },
  multiSignature: true,
  origin: 'vendor',
};
