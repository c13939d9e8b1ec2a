import type { SchemeSpec } from '../types.js';

export const typeformScheme: SchemeSpec = {
  id: 'typeform',
  name: 'Typeform',
  description: 'Typeform-Signature: sha256=<base64 HMAC-SHA256(body)>',
  algorithm: 'hmac-sha256',
  key: { format: 'utf8' },
  content: '{body}',
  encoding: 'base64',
  signature: { header: ['Typeform-Signature'], format: { kind: 'prefixed', prefix: 'sha256=' } },
  multiSignature: false,
  origin: 'vendor',
};
