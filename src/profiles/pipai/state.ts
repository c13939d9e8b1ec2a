export type PipaiStatus = 'active' | 'paused' | 'broken';

export interface PipaiWebhook {
  id: string;
  url: string;
  events: string[];
  description: string | null;
  balance_low_threshold?: string;
  status: PipaiStatus;
  consecutive_failures: number;
  last_delivery_at: string | null;
  last_success_at: string | null;
  created_at: string;
  /** Never returned after creation. */
  secret: string;
}

export interface PipaiState {
  /** In creation order. */
  webhooks: PipaiWebhook[];
}

export function initialPipaiState(): PipaiState {
  return { webhooks: [] };
}
