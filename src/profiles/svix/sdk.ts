/** The svix SDK takes `serverUrl`: the Svix API lives under `/svix`. */
import type { ProfileSdk } from '../types.js';

export const svixSdk: ProfileSdk = {
  name: 'svix',
  baseUrl: (origin) => `${origin}/svix`,
  snippet: (baseUrl, apiKey) => `new Svix('${apiKey}', { serverUrl: '${baseUrl}' })`,
};
