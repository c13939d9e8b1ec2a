// Known-answer vectors for twilio (form bodies) and twilio-json (bodySHA256 in the URL).
// Run: node test/signing/vectors/generate-twilio.mjs [--stdout]
import twilio from 'twilio';
import { vector, writeVectors, expectEqual, expectTrue, versionOf } from './support/write-vectors.mjs';
import { EMOJI_JSON } from './support/bodies.mjs';

const lib = `twilio@${await versionOf('twilio')}`;
const DOCS = 'twilio.com/docs/usage/security#validating-requests';
const NOW = 1718002000000; // Twilio signs no timestamp.

/** The params object twilio's helpers take: repeated names become arrays. */
function formParams(body) {
  const params = {};
  for (const [name, value] of new URLSearchParams(body)) {
    const prev = params[name];
    params[name] = prev === undefined ? value : [].concat(prev, value);
  }
  return params;
}

function formVector(name, source, token, url, body) {
  const signature = twilio.getExpectedTwilioSignature(token, url, formParams(body));
  expectTrue(twilio.validateRequest(token, signature, url, formParams(body)), `${name} (validateRequest)`);
  return {
    signature,
    v: (extra = {}) =>
      vector({
        name,
        source,
        secret: token,
        body,
        url,
        method: 'POST',
        headers: { 'X-Twilio-Signature': signature, 'Content-Type': 'application/x-www-form-urlencoded' },
        now: NOW,
        deterministic: true,
        ...extra,
      }),
  };
}

const token = '9f8e7d6c5b4a39281706f5e4d3c2b1a0';
const pub = formVector(
  'docs example',
  `public: ${DOCS}`,
  '12345',
  'https://mycompany.com/myapp.php?foo=1&bar=2',
  'CallSid=CA1234567890ABCDE&Caller=%2B14158675309&Digits=1234&From=%2B14158675309&To=%2B18005551212',
);
expectEqual(pub.signature, 'RSOYDt4T1cUTdK1PDd93/VVr8B8=', 'twilio public vector');
const sms = formVector(
  'incoming SMS with emoji',
  `library: ${lib} getExpectedTwilioSignature`,
  token,
  'https://example.ngrok.app/sms/incoming',
  `MessageSid=SM0123456789abcdef0123456789abcdef&From=%2B15005550006&To=%2B15005550001&Body=${encodeURIComponent('On my way 🚲 — à tout de suite')}&NumMedia=0`,
);
const repeated = formVector(
  'repeated parameter names',
  `library: ${lib} getExpectedTwilioSignature (array params, sorted)`,
  token,
  'https://example.com/voice/status?callback=1',
  'CallSid=CA42&StatusCallbackEvent=ringing&StatusCallbackEvent=answered&CallStatus=in-progress',
);
writeVectors('twilio', [
  pub.v({ checkedBy: `${lib} getExpectedTwilioSignature, validateRequest` }),
  sms.v({ checkedBy: `${lib} validateRequest` }),
  repeated.v({ checkedBy: `${lib} validateRequest` }),
]);

function jsonVector(name, url, body) {
  const signedUrl = `${url}${url.includes('?') ? '&' : '?'}bodySHA256=${twilio.getExpectedBodyHash(body)}`;
  const signature = twilio.getExpectedTwilioSignature(token, signedUrl, {});
  expectTrue(twilio.validateRequestWithBody(token, signature, signedUrl, body), `${name} (validateRequestWithBody)`);
  return vector({
    name,
    source: `library: ${lib} getExpectedBodyHash + getExpectedTwilioSignature(url, {})`,
    checkedBy: `${lib} validateRequestWithBody`,
    secret: token,
    body,
    url: signedUrl,
    method: 'POST',
    headers: { 'X-Twilio-Signature': signature, 'Content-Type': 'application/json' },
    now: NOW,
    deterministic: true,
    notes: 'url is the request URL as received, bodySHA256 included',
  });
}
writeVectors('twilio-json', [
  jsonVector(
    'event streams json',
    'https://example.com/twilio/events',
    '[{"specversion":"1.0","type":"com.twilio.messaging.message.delivered","data":{"messageSid":"SM1"}}]',
  ),
  jsonVector('emoji body, URL with a query', 'https://example.com/twilio/events?sink=primary', EMOJI_JSON),
]);
