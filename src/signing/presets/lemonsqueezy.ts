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
  request: {
    contentType: 'application/json',
    headers: { 'User-Agent': 'LemonSqueezy-Hookshot', 'X-Event-Name': '{event}' },
    eventField: 'meta.event_name',
  },
  verifier: {
    name: "Lemon Squeezy's signing guide (HMAC of the raw body)",
    staleTimestamps: 'not-checked',
    futureTimestamps: 'not-checked',
  },
  multiSignature: false,
  origin: 'vendor',
};
