/** Thin typed events for the live stream and the timeline: metadata only, never bodies or secrets. */
export interface HubEvent {
  type: 'capture' | 'delivery.attempt' | 'endpoint.changed' | 'api.call' | 'captures.cleared';
  at: string;
  summary: string;
  ok?: boolean;
  [key: string]: unknown;
}

type Listener = (event: HubEvent) => void;

/** Fan-out to subscribers plus a bounded recent history for `GET /_yard/api/timeline`. */
export class EventHub {
  private readonly listeners = new Set<Listener>();
  private readonly recent: HubEvent[] = [];

  constructor(private readonly historySize = 2000) {}

  publish(event: HubEvent): void {
    this.recent.push(event);
    if (this.recent.length > this.historySize) this.recent.splice(0, this.recent.length - this.historySize);
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // One broken subscriber must not stop the others.
      }
    }
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  history(limit: number): HubEvent[] {
    return this.recent.slice(-limit).reverse();
  }
}
