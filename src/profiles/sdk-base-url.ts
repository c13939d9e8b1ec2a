import type { ProfileDefinition } from './types.js';

/** What the provider's SDK is configured with: its own rule, or the mount under the origin. */
export function sdkBaseUrl(profile: ProfileDefinition<any>, origin: string): string {
  return profile.sdk ? profile.sdk.baseUrl(origin) : `${origin}${profile.mount}`;
}
