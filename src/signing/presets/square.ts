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
  multiSignature: false,
  urlBound: true,
  origin: 'vendor',
};
