export const SIGNALBASE_FILTER_KEYS = [
  'countries',
  'categories',
  'search',
  'teamSize',
  'dateFrom',
  'dateTo',
  'funding',
  'roundFlavor',
  'fundingAmount',
  'acquisitionAmount',
  'healthScore',
] as const;

export interface SignalbaseStats {
  total_deliveries: number;
  successful_deliveries: number;
  failed_deliveries: number;
  last_success_at: string | null;
  last_failure_at: string | null;
  consecutive_failures: number;
}

export interface SignalbaseWebhook {
  id: string;
  /** The team of the API key that created it: limits and reads are per team. */
  team: string;
  endpoint_url: string;
  event_types: string[];
  filters: Record<string, string>;
  active: boolean;
  created_at: string;
  updated_at: string;
  last_modified_by: string | null;
  last_modified_via: 'api' | 'dashboard' | null;
  stats: SignalbaseStats;
  /** Never returned after create / rotation. */
  secret: string;
  /** Soft delete: set by DELETE, with active=false. */
  deleted_at?: string;
}

export interface SignalbaseState {
  webhooks: SignalbaseWebhook[];
  /** Rate-limit windows, keyed by `<team>:<operation>`. */
  rate: Record<string, { windowStart: number; count: number }>;
}

export function initialSignalbaseState(): SignalbaseState {
  return { webhooks: [], rate: {} };
}
