import type { SchemeSpec } from '../types.js';

export const intercomScheme: SchemeSpec = {
  id: 'intercom',
  name: 'Intercom',
  description: 'X-Hub-Signature: sha1=<hex HMAC-SHA1(body)>',
  algorithm: 'hmac-sha1',
  key: { format: 'utf8' },
  content: '{body}',
  encoding: 'hex',
  signature: { header: ['X-Hub-Signature'], format: { kind: 'prefixed', prefix: 'sha1=' } },
  request: { contentType: 'application/json', headers: { 'User-Agent': 'Intercom-Webhooks-Sender' }, eventField: 'topic' },
  verifier: {
    name: "Intercom's webhook guide (HMAC-SHA1 of the raw body)",
    staleTimestamps: 'not-checked',
    futureTimestamps: 'not-checked',
  },
  multiSignature: false,
  origin: 'vendor',
};
