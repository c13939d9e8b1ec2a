import type { SchemeSpec } from '../types.js';
import { standardWebhooksScheme } from './standard-webhooks.js';

export const svixScheme: SchemeSpec = {
  ...standardWebhooksScheme,
  id: 'svix',
  name: 'Svix',
  description: 'svix-signature: v1,<base64> (also accepts webhook-* names), as Standard Webhooks',
  signature: { ...standardWebhooksScheme.signature, header: ['svix-signature', 'webhook-signature'] },
  messageId: { header: ['svix-id', 'webhook-id'] },
  timestamp: { source: { header: ['svix-timestamp', 'webhook-timestamp'] }, unit: 's', toleranceSeconds: 300 },
  request: { contentType: 'application/json', headers: { 'User-Agent': 'Svix-Webhooks/1.70' }, eventField: 'type' },
  verifier: {
    name: 'svix Webhook.verify',
    staleTimestamps: 'rejected',
    futureTimestamps: 'rejected',
    note: 'verify rejects timestamps more than 5 minutes off either way.',
  },
  keyVariants: undefined,
  origin: 'vendor',
};
