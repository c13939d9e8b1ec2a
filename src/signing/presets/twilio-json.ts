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
  multiSignature: false,
  urlBound: true,
  origin: 'vendor',
};
