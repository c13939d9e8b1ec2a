import type { SchemeSpec } from '../types.js';
import { standardWebhooksScheme } from './standard-webhooks.js';

/** design.md: Standard Webhooks v1 with a `whsec_` + base64(32 random bytes) secret. */
export const appkitScheme: SchemeSpec = {
  ...standardWebhooksScheme,
  id: 'appkit',
  name: 'appkit',
  description: 'Standard Webhooks v1 (webhook-id, webhook-timestamp, webhook-signature: v1,<base64>)',
  origin: 'profile',
};
