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
  multiSignature: false,
  origin: 'vendor',
};
