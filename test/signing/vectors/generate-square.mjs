// Known-answer vectors for square (base64 HMAC-SHA256 of notification URL + body).
// square's SDK only verifies, so node:crypto signs and WebhooksHelper checks every vector.
// Run: node test/signing/vectors/generate-square.mjs [--stdout]
import { createHmac } from 'node:crypto';
import { WebhooksHelper } from 'square';
import { vector, writeVectors, expectTrue, versionOf } from './support/write-vectors.mjs';
import { EMOJI_JSON } from './support/bodies.mjs';

const lib = `square@${await versionOf('square')}`;
const SOURCE = 'independent: node:crypto per developer.squareup.com/docs/webhooks/step3validate';
const secret = 'sq0wss-hookyard_vectors_Kx81vQz2';
const cases = [
  {
    name: 'payment.updated',
    url: 'https://example.com/square/webhooks',
    body: '{"merchant_id":"6SSW7HV8K2ST5","type":"payment.updated","event_id":"13b867cf-db3d-4b1c-90b6-2f32a9d78124","created_at":"2024-06-10T10:00:00Z","data":{"type":"payment","id":"KkAkhdMs"}}',
  },
  { name: 'emoji body, URL with a query', url: 'https://example.com/square/webhooks?env=sandbox', body: EMOJI_JSON },
];
const vectors = [];
for (const c of cases) {
  const signature = createHmac('sha256', secret)
    .update(c.url + c.body)
    .digest('base64');
  expectTrue(
    await WebhooksHelper.verifySignature({ requestBody: c.body, signatureHeader: signature, signatureKey: secret, notificationUrl: c.url }),
    `${c.name} (WebhooksHelper)`,
  );
  vectors.push(
    vector({
      name: c.name,
      source: SOURCE,
      checkedBy: `${lib} WebhooksHelper.verifySignature`,
      secret,
      body: c.body,
      url: c.url,
      method: 'POST',
      headers: { 'x-square-hmacsha256-signature': signature },
      now: 1718005000000,
      deterministic: true,
    }),
  );
}
writeVectors('square', vectors);
