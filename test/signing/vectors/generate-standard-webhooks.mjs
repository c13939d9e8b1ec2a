// Known-answer vectors for standard-webhooks, svix, appkit (library-signed, HMAC v1) and
// standard-webhooks-v1a (Ed25519, independent). Run: node test/signing/vectors/generate-standard-webhooks.mjs [--stdout]
import { createHmac, sign as edSign } from 'node:crypto';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import svix from 'svix';
import { vector, writeVectors, expectEqual, versionOf } from './support/write-vectors.mjs';
import { EMOJI_JSON, NON_UTF8 } from './support/bodies.mjs';
import { ed25519, seedFrom } from './support/fixed-keys.mjs';

const swVersion = await versionOf('standardwebhooks');
const svixVersion = await versionOf('svix');
const SPEC =
  'public: standard-webhooks spec test vector (github.com/standard-webhooks/standard-webhooks, libraries/javascript/src/index.test.ts)';
const PUBLIC = {
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: 1614265330,
  body: '{"test": 2432232314}',
};
const whsec = (label) => `whsec_${seedFrom(label).toString('base64')}`;
const nowAfter = (ts, seconds = 30) => ts * 1000 + seconds * 1000;

function librarySign(Webhook, secret, id, ts, body) {
  return new Webhook(secret).sign(id, new Date(ts * 1000), body);
}

function independentV1(secret, id, ts, bodyBytes) {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${ts}.`).update(bodyBytes).digest('base64')}`;
}

function hmacVectors(names, Webhook, library) {
  const [idH, tsH, sigH] = names;
  const headers = (id, ts, sig) => ({ [idH]: id, [tsH]: String(ts), [sigH]: sig });
  const out = [];

  const publicSig = librarySign(Webhook, PUBLIC.secret, PUBLIC.id, PUBLIC.timestamp, PUBLIC.body);
  expectEqual(publicSig, 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=', 'standard-webhooks public vector');
  out.push(
    vector({
      name: 'spec test vector',
      source: SPEC,
      checkedBy: `${library} Webhook.sign`,
      ...PUBLIC,
      headers: headers(PUBLIC.id, PUBLIC.timestamp, publicSig),
      now: nowAfter(PUBLIC.timestamp),
      deterministic: true,
    }),
  );

  const secret = whsec(`${sigH} current`);
  const id = 'msg_2Lb7kQ9pVd3XnRz8TcYw0aHj';
  const ts = 1718000000;
  const emojiSig = librarySign(Webhook, secret, id, ts, EMOJI_JSON);
  out.push(
    vector({
      name: 'emoji body',
      source: `library: ${library} Webhook.sign`,
      secret,
      body: EMOJI_JSON,
      id,
      timestamp: ts,
      headers: headers(id, ts, emojiSig),
      now: nowAfter(ts, 299),
      deterministic: true,
    }),
  );

  const old = whsec(`${sigH} previous`);
  const rotId = 'msg_rotation_0001';
  const rotBody = '{"type":"user.updated","data":{"id":"u_1"}}';
  const both = `${librarySign(Webhook, secret, rotId, ts, rotBody)} ${librarySign(Webhook, old, rotId, ts, rotBody)}`;
  out.push(
    vector({
      name: 'rotation: signed with the new and the old secret',
      source: `library: ${library} Webhook.sign (once per secret, space-separated)`,
      secrets: [secret, old],
      body: rotBody,
      id: rotId,
      timestamp: ts,
      headers: headers(rotId, ts, both),
      now: nowAfter(ts),
      deterministic: true,
    }),
  );

  const nonUtf8Id = 'msg_binary_body';
  out.push(
    vector({
      name: 'non-UTF-8 body',
      source:
        'independent: node:crypto per the Standard Webhooks spec (the library decodes bodies to strings, so it cannot sign raw bytes)',
      secret,
      body: NON_UTF8,
      id: nonUtf8Id,
      timestamp: ts,
      headers: headers(nonUtf8Id, ts, independentV1(secret, nonUtf8Id, ts, NON_UTF8)),
      now: nowAfter(ts),
      deterministic: true,
    }),
  );
  return out;
}

writeVectors(
  'standard-webhooks',
  hmacVectors(['webhook-id', 'webhook-timestamp', 'webhook-signature'], StandardWebhook, `standardwebhooks@${swVersion}`),
);

const svixVectors = hmacVectors(['svix-id', 'svix-timestamp', 'svix-signature'], svix.Webhook, `svix@${svixVersion}`);
{
  // Svix also sends (and its verifier accepts) the unbranded webhook-* names.
  const secret = whsec('svix unbranded');
  const id = 'msg_unbranded_names';
  const ts = 1718000100;
  const body = '{"eventType":"invoice.paid","data":{"amount":1200}}';
  const sig = librarySign(svix.Webhook, secret, id, ts, body);
  svixVectors.push(
    vector({
      name: 'unbranded webhook-* header names',
      source: `library: svix@${svixVersion} Webhook.sign`,
      secret,
      body,
      id,
      timestamp: ts,
      headers: { 'webhook-id': id, 'webhook-timestamp': String(ts), 'webhook-signature': sig },
      now: nowAfter(ts),
      deterministic: true,
    }),
  );
}
writeVectors('svix', svixVectors);

{
  // appkit (design.md): Standard Webhooks v1, secret whsec_ + base64 of 32 random bytes.
  const secret = whsec('appkit endpoint');
  const lib = `standardwebhooks@${swVersion}`;
  const cases = [
    {
      name: 'user.created',
      id: 'msg_appkit_user_created',
      ts: 1718000200,
      body: '{"type":"user.created","data":{"id":"usr_1","email":"ada@example.com"}}',
    },
    { name: 'message.created with emoji', id: 'msg_appkit_message', ts: 1718000300, body: EMOJI_JSON },
  ];
  writeVectors(
    'appkit',
    cases.map((c) =>
      vector({
        name: c.name,
        source: `library: ${lib} Webhook.sign`,
        secret,
        body: c.body,
        id: c.id,
        timestamp: c.ts,
        headers: {
          'webhook-id': c.id,
          'webhook-timestamp': String(c.ts),
          'webhook-signature': librarySign(StandardWebhook, secret, c.id, c.ts, c.body),
        },
        now: nowAfter(c.ts),
        deterministic: true,
      }),
    ),
  );
}

{
  // v1a: Ed25519 over the same content; no npm library implements it, so node:crypto signs.
  const SPEC_V1A =
    'independent: node:crypto Ed25519 per the Standard Webhooks spec (spec/standard-webhooks.md, "v1a" asymmetric signatures)';
  const keys = [ed25519('standard-webhooks-v1a current'), ed25519('standard-webhooks-v1a previous')];
  const whsk = (k) => `whsk_${Buffer.concat([k.seed, k.publicRaw]).toString('base64')}`;
  const whpk = (k) => `whpk_${k.publicRaw.toString('base64')}`;
  const sig = (k, id, ts, body) =>
    `v1a,${edSign(null, Buffer.concat([Buffer.from(`${id}.${ts}.`), Buffer.from(body)]), k.privateKey).toString('base64')}`;
  const ts = 1718000400;
  const cases = [
    { name: 'json body', id: 'msg_v1a_json', body: '{"type":"invoice.paid","amount":1200}' },
    { name: 'emoji body', id: 'msg_v1a_emoji', body: EMOJI_JSON },
    { name: 'non-UTF-8 body', id: 'msg_v1a_binary', body: NON_UTF8 },
  ];
  const vectors = cases.map((c) =>
    vector({
      name: c.name,
      source: SPEC_V1A,
      secret: whsk(keys[0]),
      verifyKey: whpk(keys[0]),
      body: c.body,
      id: c.id,
      timestamp: ts,
      headers: { 'webhook-id': c.id, 'webhook-timestamp': String(ts), 'webhook-signature': sig(keys[0], c.id, ts, c.body) },
      now: nowAfter(ts),
      deterministic: true,
    }),
  );
  const rotBody = '{"type":"key.rotated"}';
  vectors.push(
    vector({
      name: 'rotation: signed with the new and the old key (verifyKey is the old public key)',
      source: SPEC_V1A,
      secrets: [whsk(keys[0]), whsk(keys[1])],
      verifyKey: whpk(keys[1]),
      body: rotBody,
      id: 'msg_v1a_rotation',
      timestamp: ts,
      headers: {
        'webhook-id': 'msg_v1a_rotation',
        'webhook-timestamp': String(ts),
        'webhook-signature': `${sig(keys[0], 'msg_v1a_rotation', ts, rotBody)} ${sig(keys[1], 'msg_v1a_rotation', ts, rotBody)}`,
      },
      now: nowAfter(ts),
      deterministic: true,
    }),
  );
  writeVectors('standard-webhooks-v1a', vectors);
}
