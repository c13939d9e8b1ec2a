import type { SchemeSpec } from '../../signing/types.js';

/** The signa seed's scheme: Stripe-style `t=…,v1=…`; the whole `whsec_` secret is the key, as UTF-8 (not decoded). */
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
