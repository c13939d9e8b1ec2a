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
  multiSignature: false,
  urlBound: true,
  origin: 'vendor',
};
