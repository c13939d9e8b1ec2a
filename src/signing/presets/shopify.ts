import type { SchemeSpec } from '../types.js';

export const shopifyScheme: SchemeSpec = {
  id: 'shopify',
  name: 'Shopify',
  description: 'X-Shopify-Hmac-Sha256: <base64 HMAC-SHA256(body)> (newer: shopify-hmac-sha256)',
  algorithm: 'hmac-sha256',
  key: { format: 'utf8' },
  content: '{body}',
  encoding: 'base64',
  signature: { header: ['X-Shopify-Hmac-Sha256', 'shopify-hmac-sha256'], format: { kind: 'plain' } },
  messageId: { header: ['X-Shopify-Webhook-Id', 'shopify-webhook-id'] },
  request: {
    contentType: 'application/json',
    headers: {
      'User-Agent': 'Shopify-Captain-Hook',
      'X-Shopify-Topic': '{event}',
      'X-Shopify-Shop-Domain': 'hookyard-dev.myshopify.com',
      'X-Shopify-API-Version': '2025-10',
      'X-Shopify-Triggered-At': '{now.iso}',
      'X-Shopify-Event-Id': '{uuid}',
    },
    idFormat: 'uuid',
  },
  verifier: {
    name: '@shopify/shopify-api webhooks.validate',
    staleTimestamps: 'not-checked',
    futureTimestamps: 'not-checked',
    note: 'Shopify signs no timestamp.',
  },
  multiSignature: false,
  origin: 'vendor',
};
