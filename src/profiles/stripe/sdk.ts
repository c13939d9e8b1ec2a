/** stripe-node takes only host, port and protocol: the Stripe API is served at the root (`/v1`). */
import type { ProfileSdk } from '../types.js';

export const stripeSdk: ProfileSdk = {
  name: 'stripe',
  baseUrl: (origin) => origin,
  snippet(baseUrl, apiKey) {
    const url = new URL(baseUrl);
    const port = url.port || (url.protocol === 'https:' ? '443' : '80');
    return `new Stripe('${apiKey}', { host: '${url.hostname}', port: ${port}, protocol: '${url.protocol.replace(':', '')}' })`;
  },
};
