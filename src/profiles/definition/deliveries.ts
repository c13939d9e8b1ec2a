/** The delivery engine as profile routes see it (test, deliveries, retry). */

/** What a profile's routes may ask of the delivery engine. */
export interface ProfileDeliveries {
  /** Sends the profile's test event to one endpoint and waits for the first attempt. */
  sendTest(
    profile: string,
    endpointId: string,
  ): Promise<{
    eventId: string;
    deliveryId: string;
    ok: boolean;
    status: number | null;
    errorKind: string | null;
    durationMs: number | null;
  }>;
  /**
   * The endpoint's deliveries, newest first, without the bodies and headers of their attempts:
   * nothing is read from the journal, so a page can be chosen before `list`'s cost is paid.
   */
  briefs(profile: string, endpointId: string): DeliveryBrief[];
  /** One delivery in full, by id (what `list` shows of it); null when unknown or another profile's. */
  view(profile: string, deliveryId: string): Promise<DeliveryView | null>;
  /** The endpoint's deliveries, newest first. */
  list(profile: string, endpointId: string): Promise<DeliveryView[]>;
  /**
   * One event fired for the profile and the deliveries made of it (one per endpoint); null when
   * unknown or gone from the history. Costs one event, not the history.
   */
  event(profile: string, eventId: string): Promise<{ event: EventView; deliveries: Array<{ id: string; endpointId: string }> } | null>;
  /** Every event fired for the profile, oldest first (Stripe's `/v1/events`). */
  events(profile: string): Promise<EventView[]>;
  /**
   * Records an event with the caller's id, type and body and starts delivering it to the matching
   * endpoints (or `endpointIds`); resolves when the first attempts are done. The event is kept
   * before this returns its promise.
   */
  send(profile: string, input: { id: string; type: string; body: string; endpointIds?: readonly string[] }): Promise<void>;
  /** A manual retry; null when the delivery is unknown. */
  retry(profile: string, endpointId: string, deliveryId: string): Promise<DeliveryView | null>;
}

export interface EventView {
  id: string;
  type: string;
  createdAt: string;
  /** The exact JSON sent. */
  body: string;
}

/** A delivery without what its attempts sent and received. */
export interface DeliveryBrief extends Omit<DeliveryView, 'attempts'> {
  /** False once the history dropped the event itself (it keeps up to four deliveries per kept event). */
  eventKept: boolean;
  attempts: Array<Omit<DeliveryView['attempts'][number], 'responseBody' | 'request' | 'responseHeaders'>>;
}

/** A delivery as profiles show it (each maps it to its own field names). */
export interface DeliveryView {
  id: string;
  eventId: string;
  eventType: string;
  state: 'pending' | 'succeeded' | 'failed' | 'disabled';
  createdAt: string;
  nextAttemptAt: string | null;
  attempts: Array<{
    id: string;
    number: number;
    at: string;
    ok: boolean;
    status: number | null;
    durationMs: number;
    errorKind: string | null;
    responseBody: string | null;
    /** The request as sent and the response headers (GitHub's delivery detail shows both). */
    request: { headers: Record<string, string>; body: string };
    responseHeaders: Record<string, string> | null;
  }>;
}
