// Known-answer vectors for linear (Linear-Signature: hex HMAC-SHA256(body); webhookTimestamp in
// the JSON body, 60 s). @linear/sdk's LinearWebhookClient verifies but has no signer and reads
// Date.now(), so node:crypto signs here and test/signing/cross-check/linear.test.ts runs every
// vector through the SDK under a fake clock. Run: node test/signing/vectors/generate-linear.mjs [--stdout]
import { createHmac } from 'node:crypto';
import { vector, writeVectors } from './support/write-vectors.mjs';

const SOURCE = 'independent: node:crypto per linear.app/developers/webhooks#securing-webhooks';
const secret = 'lin_wh_hookyardvectors0123456789abcdef';
const cases = [
  {
    name: 'Issue create',
    delivery: '234d1a4e-b617-4388-90fe-adc3633d6b72',
    event: 'Issue',
    ts: 1718007000123,
    data: { id: 'iss_1', title: 'Fix login', identifier: 'ENG-1' },
  },
  {
    name: 'Comment with emoji',
    delivery: '7c0a7b9e-3f0c-4f43-9f1e-6f3e1f0c2d11',
    event: 'Comment',
    ts: 1718007100456,
    data: { id: 'cmt_1', body: 'Ship it 🚀 — ça marche 世界' },
  },
];
writeVectors(
  'linear',
  cases.map((c) => {
    const body = JSON.stringify({
      action: 'create',
      type: c.event,
      data: c.data,
      url: `https://linear.app/acme/${c.event.toLowerCase()}/1`,
      organizationId: 'org_1',
      webhookTimestamp: c.ts,
      webhookId: 'wh_1',
    });
    return vector({
      name: c.name,
      source: SOURCE,
      secret,
      body,
      headers: {
        'Linear-Signature': createHmac('sha256', secret).update(body).digest('hex'),
        'Linear-Delivery': c.delivery,
        'Linear-Event': c.event,
      },
      now: c.ts + 5000,
      deterministic: true,
      notes: 'the timestamp is webhookTimestamp (unix ms) inside the body',
    });
  }),
);
