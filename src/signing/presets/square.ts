import type { SchemeSpec } from '../types.js';

export const squareScheme: SchemeSpec = {
  id: 'square',
  name: 'Square',
  description: 'x-square-hmacsha256-signature: <base64 HMAC-SHA256(notification URL + body)>',
  algorithm: 'hmac-sha256',
  key: { format: 'utf8' },
  content: '{url}{body}',
  encoding: 'base64',
  signature: { header: ['x-square-hmacsha256-signature'], format: { kind: 'plain' } },
  request: {
    contentType: 'application/json',
    headers: { 'User-Agent': 'Square Connect v2', 'Square-Environment': 'Sandbox', 'Square-Initial-Delivery-Timestamp': '{now.iso}' },
    retryHeaders: { 'Square-Retry-Number': '{retry}', 'Square-Retry-Reason': 'http_timeout' },
    eventField: 'type',
  },
  verifier: {
    name: 'square WebhooksHelper.verifySignature',
    staleTimestamps: 'not-checked',
    futureTimestamps: 'not-checked',
    note: 'Square signs no timestamp.',
  },
  multiSignature: false,
  urlBound: true,
  origin: 'vendor',
};
