import type { SchemeSpec } from '../types.js';

export const twilioJsonScheme: SchemeSpec = {
  id: 'twilio-json',
  name: 'Twilio (JSON body)',
  description: 'X-Twilio-Signature: <base64 HMAC-SHA1(URL with bodySHA256=<hex sha256(body)>)>; the body hash is checked too',
  algorithm: 'hmac-sha1',
  key: { format: 'utf8' },
  content: '{bodySha256Url}',
  encoding: 'base64',
  signature: { header: ['X-Twilio-Signature'], format: { kind: 'plain' } },
  request: {
    contentType: 'application/json',
    headers: { 'User-Agent': 'TwilioProxy/1.1', 'I-Twilio-Idempotency-Token': '{uuid}', Accept: '*/*' },
  },
  verifier: {
    name: 'twilio.validateRequestWithBody (twilio-node)',
    staleTimestamps: 'not-checked',
    futureTimestamps: 'not-checked',
    note: 'Twilio signs no timestamp.',
  },
  multiSignature: false,
  urlBound: true,
  origin: 'vendor',
};
