/** appkit's persisted state: plain JSON only (lowdb). Endpoints are scoped by app. */

export interface AppkitEndpoint {
  appId: string;
  /** UUID v4. */
  id: string;
  url: string;
  events: string[];
  active: boolean;
  /** `whsec_` + base64(32 random bytes); the only valid secret (rotation invalidates the old one at once). */
  secret: string;
  createdAt: string;
  updatedAt: string;
}

export interface AppkitState {
  /** In creation order, all apps together. */
  endpoints: AppkitEndpoint[];
}

export function initialAppkitState(): AppkitState {
  return { endpoints: [] };
}
