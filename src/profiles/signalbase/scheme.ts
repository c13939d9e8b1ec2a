import type { SchemeSpec } from '../../signing/types.js';

/** The signalbase seed's scheme: a timestamp header plus `sha256=<hex HMAC-SHA256("<ts>.<body>")>`; the UUID secret is the UTF-8 key. */
export const signalbaseScheme: SchemeSpec = {
  id: 'signalbase',
  name: 'Signalbase',
  description: 'X-Signalbase-Signature: sha256=<hex HMAC-SHA256("<ts>.<body>")> with X-Signalbase-Timestamp (unix s)',
  algorithm: 'hmac-sha256',
  key: { format: 'utf8' },
  content: '{timestamp}.{body}',
  encoding: 'hex',
  signature: { header: ['X-Signalbase-Signature'], format: { kind: 'prefixed', prefix: 'sha256=' } },
  timestamp: { source: { header: ['X-Signalbase-Timestamp'] }, unit: 's', toleranceSeconds: 300 },
  multiSignature: false,
  origin: 'profile',
};
