/** Thin typed events for the live stream and the timeline: metadata only, never bodies or secrets. */
export interface HubEvent {
  type: 'capture' | 'delivery.attempt' | 'endpoint.changed' | 'api.call' | 'captures.cleared' | 'secret.revealed' | 'capture.replayed';
  at: string;
  summary: string;
  ok?: boolean;
  [key: string]: unknown;
}

type Listener = (event: HubEvent) => void;

/** Fan-out to subscribers plus a bounded recent history for `GET /_yard/api/timeline`. */
export class EventHub {
  private readonly listeners = new Set<Listener>();
  // A ring: the newest `historySize` events, written over in place.
  private readonly recent: HubEvent[] = [];
  private next = 0;

  constructor(private readonly historySize = 2000) {}

  publish(event: HubEvent): void {
    if (this.recent.length < this.historySize) this.recent.push(event);
    else this.recent[this.next] = event;
    this.next = (this.next + 1) % this.historySize;
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

  /** Newest first. */
  history(limit: number): HubEvent[] {
    const ordered =
      this.recent.length < this.historySize ? this.recent : [...this.recent.slice(this.next), ...this.recent.slice(0, this.next)];
    return ordered.slice(-limit).reverse();
  }
}
