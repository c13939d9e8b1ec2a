// Known-answer vectors for stripe and signa (design.md: Stripe family under Signa-Signature).
// Run: node test/signing/vectors/generate-stripe.mjs [--stdout]
import { createHmac } from 'node:crypto';
import Stripe from 'stripe';
import { vector, writeVectors, expectEqual, versionOf } from './support/write-vectors.mjs';
import { EMOJI_JSON, NON_UTF8 } from './support/bodies.mjs';
import { seedFrom } from './support/fixed-keys.mjs';

const lib = `stripe@${await versionOf('stripe')}`;
const webhooks = new Stripe('sk_test_hookyard_vectors').webhooks;
const nowAfter = (ts, seconds = 30) => ts * 1000 + seconds * 1000;

/** The library's header string for one secret. */
const headerFor = (secret, timestamp, payload) => webhooks.generateTestHeaderString({ secret, timestamp, payload });
const v1Of = (header) => header.split(',').find((p) => p.startsWith('v1='));
const independentV1 = (secret, ts, bytes) => createHmac('sha256', secret).update(`${ts}.`).update(bytes).digest('hex');

function vectorsFor(headerName, secretLabel) {
  const secret = `whsec_${seedFrom(`${secretLabel} current`).toString('base64url').slice(0, 32)}`;
  const old = `whsec_${seedFrom(`${secretLabel} previous`).toString('base64url').slice(0, 32)}`;
  const ts = 1718000500;
  const json = '{"id":"evt_1PXyZ2AbCdEfGhIj","object":"event","type":"payment_intent.succeeded","data":{"object":{"amount":2000}}}';
  const out = [];
  out.push(
    vector({
      name: 'json event',
      source: `library: ${lib} webhooks.generateTestHeaderString`,
      secret,
      body: json,
      timestamp: ts,
      headers: { [headerName]: headerFor(secret, ts, json) },
      now: nowAfter(ts),
      deterministic: true,
    }),
  );
  out.push(
    vector({
      name: 'emoji body',
      source: `library: ${lib} webhooks.generateTestHeaderString`,
      secret,
      body: EMOJI_JSON,
      timestamp: ts,
      headers: { [headerName]: headerFor(secret, ts, EMOJI_JSON) },
      now: nowAfter(ts, 300),
      deterministic: true,
    }),
  );
  const rotBody = '{"id":"evt_rotation","object":"event","type":"customer.updated"}';
  const rotation = `${headerFor(secret, ts, rotBody)},${v1Of(headerFor(old, ts, rotBody))}`;
  out.push(
    vector({
      name: 'rotation: v1 for the new and the old secret',
      source: `library: ${lib} webhooks.generateTestHeaderString (once per secret, v1 pairs joined)`,
      secrets: [secret, old],
      body: rotBody,
      timestamp: ts,
      headers: { [headerName]: rotation },
      now: nowAfter(ts),
      deterministic: true,
    }),
  );
  out.push(
    vector({
      name: 'non-UTF-8 body',
      source:
        'independent: node:crypto per docs.stripe.com/webhooks#verify-manually (the library decodes bodies as UTF-8 text, so it cannot sign raw bytes)',
      secret,
      body: NON_UTF8,
      timestamp: ts,
      headers: { [headerName]: `t=${ts},v1=${independentV1(secret, ts, NON_UTF8)}` },
      now: nowAfter(ts),
      deterministic: true,
    }),
  );
  return out;
}

const stripe = vectorsFor('Stripe-Signature', 'stripe');
{
  const pub = { secret: 'whsec_test_secret', timestamp: 1614265330, body: '{"id":"evt_test_webhook","object":"event"}' };
  const header = headerFor(pub.secret, pub.timestamp, pub.body);
  expectEqual(header, 't=1614265330,v1=3c5817089d739023dd6190f70a3757e04f7a2fd8b5dab12c2e000f51970dccff', 'stripe public vector');
  stripe.unshift(
    vector({
      name: 'whsec_test_secret vector',
      source: 'public: hookyard signature-schemes.md Stripe vector (Stripe docs test-payload shape)',
      checkedBy: `${lib} webhooks.generateTestHeaderString`,
      ...pub,
      headers: { 'Stripe-Signature': header },
      now: nowAfter(pub.timestamp),
      deterministic: true,
    }),
  );
  const ts = 1718000600;
  const body = '{"id":"evt_with_v0","object":"event"}';
  const secret = stripe[1].secret;
  // Test-mode headers carry a v0 entry too; only v1 counts (no downgrade).
  stripe.push(
    vector({
      name: 'v1 plus a v0 entry (ignored)',
      source: `library: ${lib} webhooks.generateTestHeaderString + a v0 pair as Stripe test mode sends`,
      secret,
      body,
      timestamp: ts,
      headers: { 'Stripe-Signature': `${headerFor(secret, ts, body)},v0=6ffbb59b2300aabccd5a6a5b00d9d3d6d3c7e0e8b0a8f5e4a6d5c4b3a2f1e0d9` },
      now: nowAfter(ts),
      deterministic: false,
      notes: 'deterministic: false because sign() emits no v0 entry; the vector checks that verify ignores v0',
    }),
  );
}
writeVectors('stripe', stripe);

const signa = vectorsFor('Signa-Signature', 'signa').map((v) => ({
  ...v,
  source: v.source.replace('library: stripe', 'library (same t=,v1= scheme as Stripe): stripe'),
}));
writeVectors('signa', signa);
