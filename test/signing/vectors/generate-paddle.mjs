// Known-answer vectors for paddle (Paddle-Signature: ts=<ts>;h1=<hex HMAC-SHA256("<ts>:<body>")>).
// @paddle/paddle-node-sdk verifies but exposes no signer, and reads the clock itself (5 s window),
// so node:crypto signs here and test/signing/cross-check/paddle.test.ts runs every vector
// through the SDK under a fake clock. Run: node test/signing/vectors/generate-paddle.mjs [--stdout]
import { createHmac } from 'node:crypto';
import { vector, writeVectors } from './support/write-vectors.mjs';
import { EMOJI_JSON, NON_UTF8 } from './support/bodies.mjs';

const SOURCE = 'independent: node:crypto per developer.paddle.com/webhooks/signature-verification';
const h1 = (secret, ts, body) => createHmac('sha256', secret).update(`${ts}:`).update(body).digest('hex');
const secret = 'pdl_ntfset_01j0hookyardvectors_Zx8QmV3kR1tY';
const old = 'pdl_ntfset_01hprevioussecret_Ab4CdE5fG6hI';
const now = (ts) => ts * 1000 + 2000; // inside the SDK's 5 s window

const cases = [
  {
    name: 'transaction.completed',
    ts: 1718006000,
    body: '{"event_id":"evt_01j0abc","event_type":"transaction.completed","occurred_at":"2024-06-10T10:33:20.000Z","notification_id":"ntf_01j0abc","data":{"id":"txn_01j0abc","status":"completed"}}',
  },
  { name: 'emoji body', ts: 1718006100, body: EMOJI_JSON },
  { name: 'non-UTF-8 body', ts: 1718006200, body: NON_UTF8 },
];
const vectors = cases.map((c) =>
  vector({
    name: c.name,
    source: SOURCE,
    secret,
    body: c.body,
    timestamp: c.ts,
    headers: { 'Paddle-Signature': `ts=${c.ts};h1=${h1(secret, c.ts, c.body)}` },
    now: now(c.ts),
    deterministic: true,
  }),
);
const rot = { ts: 1718006300, body: '{"event_type":"subscription.updated","data":{"id":"sub_01"}}' };
vectors.push(
  vector({
    name: 'rotation: h1 for the new and the old secret',
    source: `${SOURCE} (one h1 per secret during rotation)`,
    secrets: [secret, old],
    body: rot.body,
    timestamp: rot.ts,
    headers: { 'Paddle-Signature': `ts=${rot.ts};h1=${h1(secret, rot.ts, rot.body)};h1=${h1(old, rot.ts, rot.body)}` },
    now: now(rot.ts),
    deterministic: true,
    notes: 'the Paddle SDK keeps only the last h1 of the header, so it accepts this vector with the old secret only',
  }),
);
writeVectors('paddle', vectors);
