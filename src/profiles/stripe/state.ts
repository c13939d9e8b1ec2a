import type { IdempotencyRecord } from '../kit/index.js';
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

export type StripeIdempotencyRecord = IdempotencyRecord;

export interface StripeState {
  /** In creation order. */
  endpoints: StripeEndpoint[];
  idempotency: StripeIdempotencyRecord[];
}

export function initialStripeState(): StripeState {
  return { endpoints: [], idempotency: [] };
}
