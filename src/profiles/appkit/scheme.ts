import type { SchemeSpec } from '../../signing/types.js';
import { standardWebhooksScheme } from '../../signing/presets/standard-webhooks.js';

/** The appkit seed's scheme: Standard Webhooks v1, so the `whsec_` + base64(32 random bytes) secret is base64-decoded into the key. */
export const appkitScheme: SchemeSpec = {
  ...standardWebhooksScheme,
  id: 'appkit',
  name: 'appkit',
  description: 'Standard Webhooks v1 (webhook-id, webhook-timestamp, webhook-signature: v1,<base64>)',
  origin: 'profile',
};
