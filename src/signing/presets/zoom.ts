import type { SchemeSpec } from '../types.js';

export const zoomScheme: SchemeSpec = {
  id: 'zoom',
  name: 'Zoom',
  description: 'x-zm-signature: v0=<hex HMAC-SHA256("v0:<ts>:<body>")> with x-zm-request-timestamp',
  algorithm: 'hmac-sha256',
  key: { format: 'utf8' },
  content: 'v0:{timestamp}:{body}',
  encoding: 'hex',
  signature: { header: ['x-zm-signature'], format: { kind: 'prefixed', prefix: 'v0=' } },
  timestamp: { source: { header: ['x-zm-request-timestamp'] }, unit: 's', toleranceSeconds: 300 },
  multiSignature: false,
  origin: 'vendor',
};
