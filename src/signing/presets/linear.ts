import type { SchemeSpec } from '../types.js';

export const linearScheme: SchemeSpec = {
  id: 'linear',
  name: 'Linear',
  description: 'Linear-Signature: <hex HMAC-SHA256(body)>; webhookTimestamp (ms) in the JSON body within 60 s',
  algorithm: 'hmac-sha256',
  key: { format: 'utf8' },
  content: '{body}',
  encoding: 'hex',
  signature: { header: ['Linear-Signature'], format: { kind: 'plain' } },
  timestamp: { source: { bodyJsonField: 'webhookTimestamp' }, unit: 'ms', toleranceSeconds: 60 },
  multiSignature: false,
  origin: 'vendor',
};
