import type { IdempotencyRecord } from '../kit/index.js';
/** Svix's persisted state: plain JSON only (lowdb). */

export interface SvixApp {
  id: string;
  uid: string | null;
  name: string;
  metadata: Record<string, string>;
  rateLimit: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface SvixPreviousSecret {
  key: string;
  /** Unix ms after which it no longer signs. */
  expiresAt: number;
}

export interface SvixEndpoint {
  id: string;
  appId: string;
  uid: string | null;
  url: string;
  version: number;
  description: string;
  filterTypes: string[] | null;
  channels: string[] | null;
  disabled: boolean;
  rateLimit: number | null;
  metadata: Record<string, string>;
  secret: string;
  previousSecrets: SvixPreviousSecret[];
  createdAt: string;
  updatedAt: string;
}

export interface SvixMessage {
  id: string;
  appId: string;
  eventType: string;
  eventId: string | null;
  payload: unknown;
  channels: string[] | null;
  tags: string[] | null;
  timestamp: string;
}

export type SvixIdempotencyRecord = IdempotencyRecord;

export interface SvixState {
  /** Each list in creation order. */
  apps: SvixApp[];
  endpoints: SvixEndpoint[];
  messages: SvixMessage[];
  idempotency: SvixIdempotencyRecord[];
  /** hookyard attempt ids made by `…/resend` (triggerType 1, manual). */
  manualAttempts?: string[];
}

export function initialSvixState(): SvixState {
  return { apps: [], endpoints: [], messages: [], idempotency: [] };
}
