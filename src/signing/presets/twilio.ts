import type { SchemeSpec } from '../types.js';

export const twilioScheme: SchemeSpec = {
  id: 'twilio',
  name: 'Twilio (form)',
  description: 'X-Twilio-Signature: <base64 HMAC-SHA1(URL + sorted form params name+value)>, auth token as key',
  algorithm: 'hmac-sha1',
  key: { format: 'utf8' },
  content: '{url}{formParams}',
  encoding: 'base64',
  signature: { header: ['X-Twilio-Signature'], format: { kind: 'plain' } },
  request: {
    contentType: 'application/x-www-form-urlencoded',
    headers: { 'User-Agent': 'TwilioProxy/1.1', 'I-Twilio-Idempotency-Token': '{uuid}', Accept: '*/*' },
  },
  verifier: {
    name: 'twilio.webhook() / twilio.validateRequest (twilio-node)',
    staleTimestamps: 'not-checked',
    futureTimestamps: 'not-checked',
    note: 'Twilio signs no timestamp.',
  },
  // twilio's validateRequest: a bodySHA256 in the URL means a JSON body, signed as the URL alone.
  contentWhenUrlHas: { param: 'bodySHA256', content: '{bodySha256Url}' },
  multiSignature: false,
  urlBound: true,
  origin: 'vendor',
};
