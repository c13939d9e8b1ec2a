import type { IdempotencyRecord } from '../kit/index.js';
/** Signa's persisted state: plain JSON only (lowdb). */

export type SignaStatus = 'active' | 'disabled';

export interface SignaPreviousSecret {
  secret: string;
  /** Unix ms after which the rotated-away secret no longer signs deliveries. */
  expiresAt: number;
}

export interface SignaEndpoint {
  id: string;
  url: string;
  description: string | null;
  enabled_events: string[];
  status: SignaStatus;
  secret: string;
  secret_version: number;
  /** Newest first; pruned lazily when expired. */
  previous_secrets: SignaPreviousSecret[];
  consecutive_failures: number;
  last_success_at: string | null;
  last_failure_at: string | null;
  metadata: Record<string, unknown>;
  created_at: string;
  updated_at: string;
}

export type SignaIdempotencyRecord = IdempotencyRecord;

export interface SignaState {
  /** In creation order. */
  endpoints: SignaEndpoint[];
  idempotency: SignaIdempotencyRecord[];
}

export function initialSignaState(): SignaState {
  return { endpoints: [], idempotency: [] };
}
