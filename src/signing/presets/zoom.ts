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
  request: { contentType: 'application/json; charset=utf-8', headers: { 'User-Agent': 'Zoom Marketplace/1.0a' }, eventField: 'event' },
  verifier: {
    name: "Zoom's webhook sample (HMAC of v0:<ts>:<body>)",
    staleTimestamps: 'not-checked',
    futureTimestamps: 'not-checked',
    note: "Zoom's own sample checks the signature only; hookyard still advises a 5-minute window.",
  },
  multiSignature: false,
  origin: 'vendor',
};
