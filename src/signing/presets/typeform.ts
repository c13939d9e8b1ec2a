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
  request: { contentType: 'application/json', headers: { 'User-Agent': 'Typeform Webhooks' }, eventField: 'event_type' },
  verifier: { name: "Typeform's webhook guide (HMAC of the raw body)", staleTimestamps: 'not-checked', futureTimestamps: 'not-checked' },
  multiSignature: false,
  origin: 'vendor',
};
