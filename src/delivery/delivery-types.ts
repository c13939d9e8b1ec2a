/** Why an attempt failed (null on success). */
export type DeliveryErrorKind =
  | 'timeout'
  | 'refused'
  | 'dns'
  | 'tls'
  | 'reset'
  | 'redirect'
  | 'http'
  | 'destination_blocked'
  | 'invalid_url';

export interface EventRecord {
  id: string;
  profile: string;
  type: string;
  createdAt: string;
  /** The exact bytes sent (UTF-8 JSON), identical on every attempt. */
  body: string;
}

export interface AttemptRecord {
  id: string;
  number: number;
  at: string;
  scheduledAt: string;
  ok: boolean;
  status: number | null;
  durationMs: number;
  errorKind: DeliveryErrorKind | null;
  errorMessage: string | null;
  request: { url: string; headers: Record<string, string>; body: string };
  response: { headers: Record<string, string>; body: string; truncated: boolean } | null;
  /** Set on duplicate-delivery faults. */
  duplicate?: boolean;
}

export type DeliveryState = 'pending' | 'succeeded' | 'failed' | 'disabled';

/** An attempt as the history's index keeps it: the bodies stay on disk. */
export interface AttemptMeta extends Omit<AttemptRecord, 'request' | 'response'> {
  request: { url: string; headers: Record<string, string> };
  response: { headers: Record<string, string>; truncated: boolean } | null;
}

/** An event as the index keeps it: its body stays on disk. */
export type EventMeta = Omit<EventRecord, 'body'>;

export interface DeliveryRecord<A = AttemptMeta> {
  id: string;
  eventId: string;
  eventType: string;
  profile: string;
  endpointId: string;
  url: string;
  state: DeliveryState;
  nextAttemptAt: string | null;
  attempts: A[];
  /** Why it stopped, when it did. */
  reason?: string;
  faults?: DeliveryFaults;
}

/** Faults a developer tests against, per trigger. */
export interface DeliveryFaults {
  /** Send each attempt twice. */
  duplicate?: boolean;
  /** Hold the first attempt back this long. */
  delayMs?: number;
  /** With several events in one trigger, deliver them in shuffled order. */
  outOfOrder?: boolean;
}

/** A delivery with its attempts' request and response bodies, read back from disk. */
export type FullDeliveryRecord = DeliveryRecord<AttemptRecord>;
