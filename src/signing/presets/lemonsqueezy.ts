import type { SchemeSpec } from '../types.js';

export const lemonsqueezyScheme: SchemeSpec = {
  id: 'lemonsqueezy',
  name: 'Lemon Squeezy',
  description: 'X-Signature: <hex HMAC-SHA256(body)>',
  algorithm: 'hmac-sha256',
  key: { format: 'utf8' },
  content: '{body}',
  encoding: 'hex',
  signature: { header: ['X-Signature'], format: { kind: 'plain' } },
  multiSignature: false,
  origin: 'vendor',
};
