import type { SchemeSpec } from '../types.js';

/** design.md: Stripe family; the `whsec_` secret is used as a UTF-8 key. */
export const signaScheme: SchemeSpec = {
  id: 'signa',
  name: 'Signa',
  description: 'Signa-Signature: t=<unix s>,v1=<hex HMAC-SHA256("<t>.<body>")>, whsec_ secret as UTF-8 key',
  algorithm: 'hmac-sha256',
  key: { format: 'utf8' },
  content: '{timestamp}.{body}',
  encoding: 'hex',
  signature: {
    header: ['Signa-Signature'],
    format: { kind: 'kv-list', pairSeparator: ',', kvSeparator: '=', signatureKey: 'v1', timestampKey: 't' },
  },
  timestamp: { source: { signatureKey: 't' }, unit: 's', toleranceSeconds: 300 },
  multiSignature: true,
  origin: 'profile',
};
