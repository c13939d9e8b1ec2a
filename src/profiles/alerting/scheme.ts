import type { SchemeSpec } from '../../signing/types.js';

/** The alerting seed's scheme: GitHub-style `sha256=<hex>` over the body, no timestamp; sent only when the endpoint has `signingEnabled`. */
export const alertingScheme: SchemeSpec = {
  id: 'alerting',
  name: 'Alerting',
  description: 'X-Alerting-Signature-256: sha256=<hex HMAC-SHA256(body)>, no timestamp',
  algorithm: 'hmac-sha256',
  key: { format: 'utf8' },
  content: '{body}',
  encoding: 'hex',
  signature: { header: ['X-Alerting-Signature-256'], format: { kind: 'prefixed', prefix: 'sha256=' } },
  messageId: { header: ['X-Alerting-Delivery'] },
  multiSignature: false,
  origin: 'profile',
};
