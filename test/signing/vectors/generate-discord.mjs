// Known-answer vectors for discord (Ed25519 over "<timestamp><body>").
// Run: node test/signing/vectors/generate-discord.mjs [--stdout]
import { sign as edSign } from 'node:crypto';
import { verifyKey } from 'discord-interactions';
import { vector, writeVectors, expectTrue, versionOf } from './support/write-vectors.mjs';
import { EMOJI_JSON, NON_UTF8 } from './support/bodies.mjs';
import { ed25519 } from './support/fixed-keys.mjs';

const lib = `discord-interactions@${await versionOf('discord-interactions')}`;
const SOURCE =
  'independent: node:crypto Ed25519 per discord.com/developers/docs/interactions/overview#setting-up-an-endpoint-validating-security-request-headers';
const key = ed25519('discord application');
const publicHex = key.publicRaw.toString('hex');

const cases = [
  {
    name: 'PING interaction',
    ts: 1718003000,
    body: '{"application_id":"1234567890","id":"987654321","token":"aW50ZXJhY3Rpb24","type":1,"user":{"id":"53908232506183680","username":"mason"},"version":1}',
  },
  {
    name: 'slash command with emoji',
    ts: 1718003100,
    body: `{"type":2,"data":{"name":"say","options":[{"name":"text","value":${JSON.stringify(EMOJI_JSON)}}]}}`,
  },
  { name: 'non-UTF-8 body', ts: 1718003200, body: NON_UTF8 },
];
const vectors = [];
for (const c of cases) {
  const bytes = Buffer.concat([Buffer.from(String(c.ts)), Buffer.from(c.body)]);
  const signature = edSign(null, bytes, key.privateKey).toString('hex');
  // discord-interactions takes raw bytes, so even the non-UTF-8 body is checked by the library.
  expectTrue(await verifyKey(Buffer.from(c.body), signature, String(c.ts), publicHex), `${c.name} (verifyKey)`);
  vectors.push(
    vector({
      name: c.name,
      source: SOURCE,
      checkedBy: `${lib} verifyKey`,
      secret: key.seed.toString('hex'),
      verifyKey: publicHex,
      body: c.body,
      timestamp: c.ts,
      headers: { 'X-Signature-Ed25519': signature, 'X-Signature-Timestamp': String(c.ts) },
      now: c.ts * 1000 + 1000,
      deterministic: true,
    }),
  );
}
writeVectors('discord', vectors);
