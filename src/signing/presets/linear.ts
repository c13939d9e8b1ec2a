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
  request: {
    contentType: 'application/json; charset=utf-8',
    headers: { 'User-Agent': 'Linear-Webhook', 'Linear-Delivery': '{uuid}', 'Linear-Event': '{event}' },
    eventField: 'type',
  },
  verifier: {
    name: '@linear/sdk LinearWebhookClient',
    staleTimestamps: 'rejected',
    futureTimestamps: 'rejected',
    note: 'webhookTimestamp in the body must be within 60 s either way.',
  },
  multiSignature: false,
  origin: 'vendor',
};
