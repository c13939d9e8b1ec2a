import type { SchemeSpec } from '../types.js';

export const stripeScheme: SchemeSpec = {
  id: 'stripe',
  name: 'Stripe',
  description: 'Stripe-Signature: t=<ts>,v1=<hex HMAC-SHA256("<t>.<body>")>; the whole whsec_ string is the UTF-8 key',
  algorithm: 'hmac-sha256',
  key: { format: 'utf8' },
  content: '{timestamp}.{body}',
  encoding: 'hex',
  signature: {
    header: ['Stripe-Signature'],
    format: { kind: 'kv-list', pairSeparator: ',', kvSeparator: '=', signatureKey: 'v1', timestampKey: 't' },
  },
  timestamp: { source: { signatureKey: 't' }, unit: 's', toleranceSeconds: 300 },
  request: {
    contentType: 'application/json; charset=utf-8',
    headers: {
      'User-Agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
      'Cache-Control': 'no-cache',
      Accept: '*/*; q=0.5, application/xml',
    },
    eventField: 'type',
  },
  verifier: {
    name: 'stripe.webhooks.constructEvent (stripe-node)',
    staleTimestamps: 'rejected',
    futureTimestamps: 'accepted',
    note: 'constructEvent only rejects timestamps older than 300 s; a timestamp ahead of the clock passes.',
  },
  multiSignature: true,
  origin: 'vendor',
};
