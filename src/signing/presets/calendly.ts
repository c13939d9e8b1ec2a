import type { SchemeSpec } from '../types.js';

export const calendlyScheme: SchemeSpec = {
  id: 'calendly',
  name: 'Calendly',
  description: 'Calendly-Webhook-Signature: t=<ts>,v1=<hex HMAC-SHA256("<t>.<body>")>',
  algorithm: 'hmac-sha256',
  key: { format: 'utf8' },
  content: '{timestamp}.{body}',
  encoding: 'hex',
  signature: {
    header: ['Calendly-Webhook-Signature'],
    format: { kind: 'kv-list', pairSeparator: ',', kvSeparator: '=', signatureKey: 'v1', timestampKey: 't' },
  },
  // Calendly's guide suggests 3 minutes; --tolerance changes it.
  timestamp: { source: { signatureKey: 't' }, unit: 's', toleranceSeconds: 180 },
  request: { contentType: 'application/json; charset=utf-8', headers: { 'User-Agent': 'Calendly' }, eventField: 'event' },
  verifier: {
    name: "Calendly's signature guide",
    staleTimestamps: 'rejected',
    futureTimestamps: 'accepted',
    note: 'The guide only rejects signatures older than the tolerance.',
  },
  multiSignature: false,
  origin: 'vendor',
};
