import type { SchemeSpec } from '../types.js';

export const paddleScheme: SchemeSpec = {
  id: 'paddle',
  name: 'Paddle Billing',
  description: 'Paddle-Signature: ts=<ts>;h1=<hex HMAC-SHA256("<ts>:<body>")> (any h1 may match)',
  algorithm: 'hmac-sha256',
  key: { format: 'utf8' },
  content: '{timestamp}:{body}',
  encoding: 'hex',
  signature: {
    header: ['Paddle-Signature'],
    format: { kind: 'kv-list', pairSeparator: ';', kvSeparator: '=', signatureKey: 'h1', timestampKey: 'ts' },
  },
  // The Paddle SDK allows 5 s by default; --tolerance widens it.
  timestamp: { source: { signatureKey: 'ts' }, unit: 's', toleranceSeconds: 5 },
  request: { contentType: 'application/json', headers: { 'User-Agent': 'Paddle' }, eventField: 'event_type' },
  verifier: {
    name: '@paddle/paddle-node-sdk webhooks.unmarshal',
    staleTimestamps: 'rejected',
    futureTimestamps: 'accepted',
    note: 'The SDK rejects timestamps more than 5 s old; a timestamp ahead of the clock passes.',
  },
  multiSignature: true,
  origin: 'vendor',
};
