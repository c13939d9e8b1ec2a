// Known-answer vectors for presets with no npm library: each formula written out here with
// node:crypto from the provider's documentation (or design.md for the seed profiles), on
// purpose without the engine's code. Run: node test/signing/vectors/generate-independent.mjs [--stdout]
import { createHmac } from 'node:crypto';
import { vector, writeVectors } from './support/write-vectors.mjs';
import { EMOJI_JSON, NON_UTF8 } from './support/bodies.mjs';

const hmac = (alg, secret, ...parts) => {
  const h = createHmac(alg, secret);
  for (const part of parts) h.update(part);
  return h;
};
const independent = (doc) => `independent: node:crypto per ${doc}`;
const NO_CLOCK = 1718010000000; // for schemes without a timestamp

// Shopify: base64 HMAC-SHA256 of the body.
{
  const doc = 'shopify.dev/docs/apps/build/webhooks/subscribe/https#step-5-verify-the-webhook';
  const secret = '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';
  const order = '{"id":820982911946154508,"email":"jon@example.com","total_price":"199.65","line_items":[{"title":"IPod Nano - 8GB"}]}';
  const sig = (body) => hmac('sha256', secret, body).digest('base64');
  writeVectors('shopify', [
    vector({
      name: 'orders/create',
      source: independent(doc),
      secret,
      body: order,
      id: 'b54557e4-bdd9-4b37-8a5f-bf7d70bcd043',
      headers: {
        'X-Shopify-Hmac-Sha256': sig(order),
        'X-Shopify-Topic': 'orders/create',
        'X-Shopify-Webhook-Id': 'b54557e4-bdd9-4b37-8a5f-bf7d70bcd043',
        'X-Shopify-Shop-Domain': 'example.myshopify.com',
      },
      now: NO_CLOCK,
      deterministic: true,
    }),
    vector({
      name: 'newer lowercase header names, emoji body',
      source: independent(doc),
      secret,
      body: EMOJI_JSON,
      id: 'a1f3c5e7-0000-4000-8000-000000000002',
      headers: {
        'shopify-hmac-sha256': sig(EMOJI_JSON),
        'shopify-topic': 'products/update',
        'shopify-webhook-id': 'a1f3c5e7-0000-4000-8000-000000000002',
      },
      now: NO_CLOCK,
      deterministic: true,
    }),
    vector({
      name: 'non-UTF-8 body',
      source: independent(doc),
      secret,
      body: NON_UTF8,
      id: 'a1f3c5e7-0000-4000-8000-000000000003',
      headers: {
        'X-Shopify-Hmac-Sha256': sig(NON_UTF8),
        'X-Shopify-Topic': 'orders/create',
        'X-Shopify-Webhook-Id': 'a1f3c5e7-0000-4000-8000-000000000003',
      },
      now: NO_CLOCK,
      deterministic: true,
    }),
  ]);
}

// Zoom: v0=hex HMAC-SHA256("v0:<ts>:<body>").
{
  const doc = 'developers.zoom.us/docs/api/webhooks/#verify-webhook-events';
  const secret = 'zm_whsec_Qm9vZ3VzU2VjcmV0VG9rZW4x';
  const sig = (ts, body) => `v0=${hmac('sha256', secret, `v0:${ts}:`, body).digest('hex')}`;
  const cases = [
    {
      name: 'meeting.started',
      ts: 1718011000,
      body: '{"event":"meeting.started","payload":{"account_id":"AAAAAABBBB","object":{"id":"1234567890","topic":"Standup"}},"event_ts":1718011000123}',
    },
    { name: 'emoji body', ts: 1718011100, body: EMOJI_JSON },
    { name: 'non-UTF-8 body', ts: 1718011200, body: NON_UTF8 },
  ];
  writeVectors(
    'zoom',
    cases.map((c) =>
      vector({
        name: c.name,
        source: independent(doc),
        secret,
        body: c.body,
        timestamp: c.ts,
        headers: { 'x-zm-request-timestamp': String(c.ts), 'x-zm-signature': sig(c.ts, c.body) },
        now: c.ts * 1000 + 10_000,
        deterministic: true,
      }),
    ),
  );
}

// HubSpot v3: base64 HMAC-SHA256(method + uri + body + timestamp), a fixed set of escapes decoded in the URI.
{
  const doc = 'developers.hubspot.com/docs/api/webhooks/validating-requests (v3)';
  const secret = 'hs-client-secret-0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9';
  const decodes = {
    '%3A': ':',
    '%2F': '/',
    '%3F': '?',
    '%40': '@',
    '%21': '!',
    '%24': '$',
    '%27': "'",
    '%28': '(',
    '%29': ')',
    '%2A': '*',
    '%2C': ',',
    '%3B': ';',
  };
  const uri = (url) => url.replace(/%[0-9A-Fa-f]{2}/g, (m) => decodes[m.toUpperCase()] ?? m);
  const cases = [
    {
      name: 'contact.creation',
      method: 'POST',
      url: 'https://www.example.com/webhook_uri',
      ts: 1718012000123,
      body: '[{"eventId":1,"subscriptionId":2,"portalId":3,"occurredAt":1718012000000,"subscriptionType":"contact.creation","attemptNumber":0,"objectId":123,"changeSource":"CRM"}]',
    },
    {
      name: 'escaped URI characters are decoded',
      method: 'POST',
      url: 'https://www.example.com/hubspot/hook%3Fv%3D3?next=%2Fapp%2Fhome&who=a%40b.c&keep=%20space%25',
      ts: 1718012100456,
      body: EMOJI_JSON,
    },
    {
      name: 'GET request, empty body',
      method: 'GET',
      url: 'https://www.example.com/hubspot/crm-card?userId=42&portalId=3',
      ts: 1718012200789,
      body: '',
    },
  ];
  writeVectors(
    'hubspot-v3',
    cases.map((c) =>
      vector({
        name: c.name,
        source: independent(doc),
        secret,
        body: c.body,
        timestamp: c.ts,
        url: c.url,
        method: c.method,
        headers: {
          'X-HubSpot-Request-Timestamp': String(c.ts),
          'X-HubSpot-Signature-v3': hmac('sha256', secret, `${c.method}${uri(c.url)}`, c.body, String(c.ts)).digest('base64'),
        },
        now: c.ts + 60_000,
        deterministic: true,
      }),
    ),
  );
}

// Simple body-only HMACs.
function bodyOnly(id, { doc, secret, alg, encoding, header, prefix = '', extraHeaders = {}, cases }) {
  writeVectors(
    id,
    cases.map((c) =>
      vector({
        name: c.name,
        source: independent(doc),
        secret,
        body: c.body,
        headers: { [header]: `${prefix}${hmac(alg, secret, c.body).digest(encoding)}`, ...extraHeaders },
        now: NO_CLOCK,
        deterministic: true,
      }),
    ),
  );
}

bodyOnly('typeform', {
  doc: 'typeform.com/developers/webhooks/secure-your-webhooks',
  secret: 'tf_secret_8H2kQ9xZpL4vR7mN',
  alg: 'sha256',
  encoding: 'base64',
  header: 'Typeform-Signature',
  prefix: 'sha256=',
  cases: [
    {
      name: 'form_response',
      body: '{"event_id":"01HZXYZ","event_type":"form_response","form_response":{"form_id":"lT4Z3j","answers":[{"type":"text","text":"Lorem ipsum"}]}}',
    },
    { name: 'emoji answer', body: EMOJI_JSON },
  ],
});
bodyOnly('lemonsqueezy', {
  doc: 'docs.lemonsqueezy.com/help/webhooks/signing-requests',
  secret: 'ls_signing_secret_Zy7Xw6Vu5Ts4',
  alg: 'sha256',
  encoding: 'hex',
  header: 'X-Signature',
  extraHeaders: { 'X-Event-Name': 'order_created' },
  cases: [
    {
      name: 'order_created',
      body: '{"meta":{"event_name":"order_created"},"data":{"type":"orders","id":"1","attributes":{"total":999,"currency":"USD"}}}',
    },
    { name: 'emoji body', body: EMOJI_JSON },
    { name: 'non-UTF-8 body', body: NON_UTF8 },
  ],
});
bodyOnly('intercom', {
  doc: 'developers.intercom.com/docs/references/webhooks/webhook-models#signed-notifications (client secret as key)',
  secret: 'ic_client_secret_3e5f7a9b1c2d',
  alg: 'sha1',
  encoding: 'hex',
  header: 'X-Hub-Signature',
  prefix: 'sha1=',
  cases: [
    {
      name: 'conversation.user.created',
      body: '{"type":"notification_event","topic":"conversation.user.created","id":"notif_1","data":{"item":{"type":"conversation","id":"123"}}}',
    },
    { name: 'emoji body', body: EMOJI_JSON },
  ],
});
bodyOnly('coinbase', {
  doc: 'docs.cdp.coinbase.com/commerce-onchain/docs/webhooks-security (X-CC-Webhook-Signature)',
  secret: 'cb_shared_secret_4f6a8c0e2b4d',
  alg: 'sha256',
  encoding: 'hex',
  header: 'X-CC-Webhook-Signature',
  cases: [
    {
      name: 'charge:confirmed',
      body: '{"id":1,"scheduled_for":"2024-06-10T10:00:00Z","event":{"id":"24934862-d980-46cb-9402-43c81b0cdba6","type":"charge:confirmed","data":{"code":"66BEOV2A"}}}',
    },
    { name: 'emoji body', body: EMOJI_JSON },
  ],
});

// Calendly: t=<ts>,v1=<hex HMAC-SHA256("<t>.<body>")>.
{
  const doc = 'developer.calendly.com/api-docs/ZG9jOjM2MzE2MDM4-webhook-signatures';
  const secret = 'cal_webhook_signing_key_9QwErTyUiOp';
  const cases = [
    {
      name: 'invitee.created',
      ts: 1718013000,
      body: '{"event":"invitee.created","created_at":"2024-06-10T10:50:00.000000Z","payload":{"email":"test@example.com","name":"John Doe"}}',
    },
    { name: 'emoji body', ts: 1718013100, body: EMOJI_JSON },
  ];
  writeVectors(
    'calendly',
    cases.map((c) =>
      vector({
        name: c.name,
        source: independent(doc),
        secret,
        body: c.body,
        timestamp: c.ts,
        headers: { 'Calendly-Webhook-Signature': `t=${c.ts},v1=${hmac('sha256', secret, `${c.ts}.`, c.body).digest('hex')}` },
        now: c.ts * 1000 + 60_000,
        deterministic: true,
      }),
    ),
  );
}

// Twitch EventSub: sha256=<hex HMAC-SHA256(id + timestamp + body)>, the timestamp as received (RFC 3339, nanoseconds).
{
  const doc = 'dev.twitch.tv/docs/eventsub/handling-webhook-events/#verifying-the-event-message';
  const secret = 'twitch-eventsub-secret-0123456789';
  const cases = [
    {
      name: 'channel.follow notification',
      id: 'befa7b53-d79d-478f-86b9-120f112b044e',
      ts: '2024-06-10T10:55:00.634234626Z',
      type: 'notification',
      body: '{"subscription":{"id":"f1c2a387-161a-49f9-a165-0f21d7a4e1c4","type":"channel.follow","version":"2","status":"enabled"},"event":{"user_id":"1234","user_login":"cool_user","broadcaster_user_id":"1337"}}',
    },
    {
      name: 'challenge with emoji',
      id: 'e76c6bd4-55c9-4987-8304-da1588d8988b',
      ts: '2024-06-10T11:00:00.1Z',
      type: 'webhook_callback_verification',
      body: `{"challenge":"pogchamp-kappa-360noscope-vohiyo","note":${JSON.stringify(EMOJI_JSON)}}`,
    },
  ];
  writeVectors(
    'twitch',
    cases.map((c) =>
      vector({
        name: c.name,
        source: independent(doc),
        secret,
        body: c.body,
        id: c.id,
        timestamp: c.ts,
        headers: {
          'Twitch-Eventsub-Message-Id': c.id,
          'Twitch-Eventsub-Message-Timestamp': c.ts,
          'Twitch-Eventsub-Message-Type': c.type,
          'Twitch-Eventsub-Message-Signature': `sha256=${hmac('sha256', secret, c.id, c.ts, c.body).digest('hex')}`,
        },
        now: Date.parse(c.ts) + 120_000,
        deterministic: true,
      }),
    ),
  );
}

// GitLab: the secret token itself in X-Gitlab-Token.
{
  const doc = 'docs.gitlab.com/ee/user/project/integrations/webhooks.html#validate-payloads-by-using-a-secret-token';
  const secret = 'glwt-hookyard-secret-token-5d7f9b';
  writeVectors('gitlab', [
    vector({
      name: 'push hook',
      source: independent(doc),
      secret,
      body: '{"object_kind":"push","ref":"refs/heads/main","project":{"path_with_namespace":"group/project"}}',
      headers: { 'X-Gitlab-Token': secret, 'X-Gitlab-Event': 'Push Hook' },
      now: NO_CLOCK,
      deterministic: true,
    }),
    vector({
      name: 'non-UTF-8 body (the token does not cover the body)',
      source: independent(doc),
      secret,
      body: NON_UTF8,
      headers: { 'X-Gitlab-Token': secret, 'X-Gitlab-Event': 'Note Hook' },
      now: NO_CLOCK,
      deterministic: true,
    }),
  ]);
}

// Seed profiles (design.md "Delivery signing schemes").
{
  const doc = '/work/shared/design.md "Delivery signing schemes" (signalbase)';
  const secret = '5f0c8a2e-7b1d-4c3e-9a6f-2d8b4e1c7a90';
  const cases = [
    { name: 'signal.created', ts: 1718014000, body: '{"id":"evt_sb_1","type":"signal.created","data":{"signal_id":"sig_1","value":42}}' },
    { name: 'emoji body', ts: 1718014100, body: EMOJI_JSON },
  ];
  writeVectors(
    'signalbase',
    cases.map((c) =>
      vector({
        name: c.name,
        source: independent(doc),
        secret,
        body: c.body,
        timestamp: c.ts,
        headers: {
          'X-Signalbase-Timestamp': String(c.ts),
          'X-Signalbase-Signature': `sha256=${hmac('sha256', secret, `${c.ts}.`, c.body).digest('hex')}`,
        },
        now: c.ts * 1000 + 30_000,
        deterministic: true,
      }),
    ),
  );
}
{
  const doc = '/work/shared/design.md "Delivery signing schemes" (pipai)';
  const secret = 'pQ3vX8kL2mN7rT1wY6zA9bC4dE0fG5hJ_k-LmNoP';
  const cases = [
    {
      name: 'strategy.completed',
      ts: 1718015000123,
      body: '{"id":"evt_pip_1","type":"strategy.completed","data":{"strategy_id":"str_1","pnl":"12.5"}}',
    },
    { name: 'emoji body', ts: 1718015100456, body: EMOJI_JSON },
    { name: 'non-UTF-8 body', ts: 1718015200789, body: NON_UTF8 },
  ];
  writeVectors(
    'pipai',
    cases.map((c) =>
      vector({
        name: c.name,
        source: independent(doc),
        secret,
        body: c.body,
        timestamp: c.ts,
        headers: {
          'X-PipAI-Webhook-Timestamp': String(c.ts),
          'X-PipAI-Webhook-Signature': hmac('sha256', secret, `${c.ts}.`, c.body).digest('base64url'),
        },
        now: c.ts + 30_000,
        deterministic: true,
      }),
    ),
  );
}
