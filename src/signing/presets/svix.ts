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
  origin: 'vendor',
};
