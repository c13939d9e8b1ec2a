// Known-answer vectors for sendgrid (ECDSA P-256 / SHA-256 over "<timestamp><body>").
// Signed by starkbank-ecdsa, the ECDSA library @sendgrid/eventwebhook itself verifies with. Its
// nonces are hedged RFC 6979 (random entropy mixed in), so every run gives a new signature: a
// stored signature that still verifies is kept, so regenerating leaves the file unchanged.
// Our engine signs with node:crypto (randomized too), hence deterministic: false.
// Run: node test/signing/vectors/generate-sendgrid.mjs [--stdout]
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { EventWebhook } from '@sendgrid/eventwebhook';
import { vector, writeVectors, expectTrue, versionOf } from './support/write-vectors.mjs';
import { CRLF_JSON } from './support/bodies.mjs';
import { p256 } from './support/fixed-keys.mjs';

// starkbank-ecdsa is @sendgrid/eventwebhook's own dependency: resolve it from there.
const sendgridRequire = createRequire(createRequire(import.meta.url).resolve('@sendgrid/eventwebhook'));
const { Ecdsa, PrivateKey } = sendgridRequire('starkbank-ecdsa');
const ecdsaVersion = sendgridRequire('starkbank-ecdsa/package.json').version;
const lib = `@sendgrid/eventwebhook@${await versionOf('@sendgrid/eventwebhook')}`;

const key = p256('sendgrid event webhook');
const starkKey = PrivateKey.fromPem(key.sec1Pem);
const eventWebhook = new EventWebhook();
const publicKey = eventWebhook.convertPublicKeyToECDSA(key.spkiBase64);

const cases = [
  { name: 'processed event, CRLF-terminated', ts: 1718004000, body: CRLF_JSON },
  {
    name: 'delivered + open events with non-ASCII',
    ts: 1718004100,
    body: '[{"email":"zoë@example.com","event":"delivered","subject":"Reçu 🧾"},{"email":"zoë@example.com","event":"open"}]\r\n',
  },
];
const storedPath = new URL('../../../fixtures/signatures/sendgrid.json', import.meta.url);
const stored = existsSync(storedPath) ? JSON.parse(readFileSync(storedPath, 'utf8')).vectors : [];
function storedSignature(c) {
  const old = stored.find((v) => v.name === c.name && v.body === c.body && v.timestamp === c.ts && v.verifyKey === key.spkiBase64);
  const sig = old?.headers['X-Twilio-Email-Event-Webhook-Signature'];
  return sig && eventWebhook.verifySignature(publicKey, c.body, sig, String(c.ts)) ? sig : undefined;
}

const vectors = [];
for (const c of cases) {
  const signature = storedSignature(c) ?? Ecdsa.sign(`${c.ts}${c.body}`, starkKey).toBase64();
  expectTrue(eventWebhook.verifySignature(publicKey, c.body, signature, String(c.ts)), `${c.name} (EventWebhook.verifySignature)`);
  vectors.push(
    vector({
      name: c.name,
      source: `library: starkbank-ecdsa@${ecdsaVersion} Ecdsa.sign (the ECDSA library ${lib} verifies with)`,
      checkedBy: `${lib} EventWebhook.verifySignature`,
      secret: key.pkcs8Base64,
      verifyKey: key.spkiBase64,
      body: c.body,
      timestamp: c.ts,
      headers: { 'X-Twilio-Email-Event-Webhook-Signature': signature, 'X-Twilio-Email-Event-Webhook-Timestamp': String(c.ts) },
      now: c.ts * 1000 + 1000,
      deterministic: false,
    }),
  );
}
writeVectors('sendgrid', vectors);
