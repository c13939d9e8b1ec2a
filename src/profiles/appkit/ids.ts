import { randomSecret } from '../kit/index.js';

/** `whsec_` + base64 of 32 random bytes (the Standard Webhooks key format). */
export const newAppkitSecret = randomSecret('whsec_', 32, 'base64');
