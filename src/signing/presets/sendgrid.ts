import type { SchemeSpec } from '../types.js';

export const sendgridScheme: SchemeSpec = {
  id: 'sendgrid',
  name: 'SendGrid Event Webhook',
  description:
    'X-Twilio-Email-Event-Webhook-Signature: <base64 DER ECDSA P-256/SHA-256("<ts><body>")>; verify with the base64 DER public key',
  algorithm: 'ecdsa-p256-sha256',
  key: { format: 'ecdsa-der-base64' },
  content: '{timestamp}{body}',
  encoding: 'base64',
  signature: { header: ['X-Twilio-Email-Event-Webhook-Signature'], format: { kind: 'plain' } },
  timestamp: { source: { header: ['X-Twilio-Email-Event-Webhook-Timestamp'] }, unit: 's', toleranceSeconds: null },
  request: { contentType: 'application/json', headers: { 'User-Agent': 'SendGrid Event API' } },
  verifier: {
    name: '@sendgrid/eventwebhook EventWebhook.verifySignature',
    staleTimestamps: 'not-checked',
    futureTimestamps: 'not-checked',
  },
  multiSignature: false,
  origin: 'vendor',
};
