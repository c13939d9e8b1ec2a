import { randomSecret } from '../kit/index.js';

/** `whsec_` + base64 of 32 random bytes (design.md; Standard Webhooks key format). */
export const newAppkitSecret = randomSecret('whsec_', 32, 'base64');
