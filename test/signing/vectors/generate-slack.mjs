// Known-answer vectors for slack. Run: node test/signing/vectors/generate-slack.mjs [--stdout]
import { createHmac } from 'node:crypto';
import { isValidSlackRequest } from '@slack/bolt';
import { vector, writeVectors, expectEqual, expectTrue, versionOf } from './support/write-vectors.mjs';
import { EMOJI_JSON, NON_UTF8 } from './support/bodies.mjs';

const lib = `@slack/bolt@${await versionOf('@slack/bolt')}`;
const DOCS = 'api.slack.com/authentication/verifying-requests-from-slack';
const INDEPENDENT = `independent: node:crypto per ${DOCS}`;
const sig = (secret, ts, bytes) => `v0=${createHmac('sha256', secret).update(`v0:${ts}:`).update(bytes).digest('hex')}`;

/** Checks a text vector with the library's verifier at the vector's clock. */
function boltAccepts(secret, ts, body, signature, nowMs) {
  return isValidSlackRequest({
    signingSecret: secret,
    body,
    headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': ts },
    nowMilliseconds: nowMs,
  });
}

const PUBLIC_SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
const PUBLIC_TS = 1531420618;
const PUBLIC_BODY =
  'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
expectEqual(
  sig(PUBLIC_SECRET, PUBLIC_TS, PUBLIC_BODY),
  'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
  'slack public vector',
);

const secret = 'b4e2c1d0f9a8e7d6c5b4a39281706f5e';
const cases = [
  { name: 'documented slash-command example', source: `public: ${DOCS}`, secret: PUBLIC_SECRET, ts: PUBLIC_TS, body: PUBLIC_BODY },
  {
    name: 'events API json',
    source: INDEPENDENT,
    secret,
    ts: 1718001100,
    body: '{"token":"x","team_id":"T1","type":"event_callback","event":{"type":"app_mention","text":"<@U1> hi"}}',
  },
  { name: 'emoji body', source: INDEPENDENT, secret, ts: 1718001200, body: EMOJI_JSON },
  {
    name: 'non-UTF-8 body',
    source: `${INDEPENDENT} (bolt takes the body as a string, so it cannot check raw bytes)`,
    secret,
    ts: 1718001300,
    body: NON_UTF8,
  },
];
const vectors = [];
for (const c of cases) {
  const signature = sig(c.secret, c.ts, c.body);
  const now = c.ts * 1000 + 60_000;
  let checkedBy;
  if (typeof c.body === 'string') {
    expectTrue(boltAccepts(c.secret, c.ts, c.body, signature, now), `${c.name} (bolt)`);
    checkedBy = `${lib} verifySlackRequest (nowMilliseconds)`;
  }
  vectors.push(
    vector({
      name: c.name,
      source: c.source,
      checkedBy,
      secret: c.secret,
      body: c.body,
      timestamp: c.ts,
      headers: { 'X-Slack-Request-Timestamp': String(c.ts), 'X-Slack-Signature': signature },
      now,
      deterministic: true,
    }),
  );
}
writeVectors('slack', vectors);
