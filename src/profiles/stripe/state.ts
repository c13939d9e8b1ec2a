/** Stripe's persisted state: plain JSON only (lowdb). */

export type StripeEndpointStatus = 'enabled' | 'disabled';

export interface StripeEndpoint {
  id: string;
  url: string;
  description: string | null;
  enabled_events: string[];
  status: StripeEndpointStatus;
  secret: string;
  api_version: string | null;
  metadata: Record<string, string>;
  /** Unix seconds. */
  created: number;
}

export interface StripeIdempotencyRecord {
  /** sha256 of the API key: keys are scoped per API key without storing the key itself. */
  apiKeyHash: string;
  key: string;
  fingerprint: string;
  status: number;
  body: unknown;
  /** Unix ms. */
  createdAt: number;
}

export interface StripeState {
  /** In creation order. */
  endpoints: StripeEndpoint[];
  idempotency: StripeIdempotencyRecord[];
}

export function initialStripeState(): StripeState {
  return { endpoints: [], idempotency: [] };
}
