/** Alerting's persisted state: plain JSON only (lowdb). */

export interface AlertingEndpoint {
  /** `wh-001`, `wh-002`, ... */
  id: string;
  name: string;
  url: string;
  signingEnabled: boolean;
  /** Kept even while signing is disabled, so enabling it later signs with a known secret. */
  signingSecret: string;
  createdAt: string;
  updatedAt: string;
}

export interface AlertingState {
  endpoints: AlertingEndpoint[];
  /** The number of the next `wh-NNN` id; ids are never reused after a delete. */
  nextNumber: number;
}

export function initialAlertingState(): AlertingState {
  return { endpoints: [], nextNumber: 1 };
}
