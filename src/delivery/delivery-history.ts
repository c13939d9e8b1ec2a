import type { JournalRef, JournalStore, LegacyData, ReplayReport } from '../storage/index.js';
import type { AttemptMeta, AttemptRecord, DeliveryRecord, EventMeta, EventRecord, FullDeliveryRecord } from './delivery-types.js';

type StateChange = Pick<DeliveryRecord, 'state' | 'nextAttemptAt' | 'reason'>;

type HistoryRecord =
  | { k: 'e'; e: EventMeta }
  | { k: 'd'; d: Omit<DeliveryRecord, 'attempts'> }
  | { k: 'a'; id: string; a: AttemptMeta }
  | { k: 's'; id: string; s: StateChange };

interface Located<T> {
  value: T;
  ref: JournalRef;
}

/**
 * Events, deliveries and attempts as an append-only journal. Memory holds the index (metadata and
 * where each body lives); event bodies and attempt bodies are read from disk when asked for.
 */
export class DeliveryHistory {
  private readonly events = new Map<string, Located<EventMeta>>();
  private readonly deliveries = new Map<string, DeliveryRecord>();
  private readonly attemptRefs = new WeakMap<AttemptMeta, JournalRef>();
  private readonly segments = new Map<number, number>();
  private readonly segmentOf = new Map<string, number>();
  /** Delivery ids by `profile endpoint` and by event, oldest first: a lookup costs what it finds, not the history. */
  private readonly byEndpoint = new Map<string, Set<string>>();
  private readonly byEvent = new Map<string, Set<string>>();

  constructor(
    private readonly journal: JournalStore,
    private readonly maxEvents: number,
  ) {}

  async load(legacy?: LegacyData | null): Promise<ReplayReport> {
    const report = await this.journal.replay((record, ref) => this.apply(record as HistoryRecord, ref));
    this.trim();
    await this.dropDead();
    const old = legacy?.delivery as { events?: EventRecord[]; deliveries?: FullDeliveryRecord[] } | undefined;
    if (old && Array.isArray(old.events) && Array.isArray(old.deliveries)) {
      for (const event of old.events) await this.addEvent(event);
      for (const delivery of old.deliveries) {
        const { attempts, ...rest } = delivery;
        await this.addDelivery({ ...rest, attempts: [] });
        for (const attempt of attempts ?? []) await this.addAttempt(delivery.id, attempt);
      }
      report.notices.push(
        `converted ${old.events.length} event(s) and ${old.deliveries.length} deliveries from state.json to the history journal`,
      );
    }
    return report;
  }

  private count(id: string, segment: number): void {
    this.segmentOf.set(id, segment);
    this.segments.set(segment, (this.segments.get(segment) ?? 0) + 1);
  }

  private uncount(id: string): void {
    const segment = this.segmentOf.get(id);
    if (segment === undefined) return;
    this.segmentOf.delete(id);
    const left = (this.segments.get(segment) ?? 1) - 1;
    if (left > 0) this.segments.set(segment, left);
    else this.segments.delete(segment);
  }

  private apply(record: HistoryRecord, ref: JournalRef): void {
    if (record.k === 'e') {
      this.events.set(record.e.id, { value: record.e, ref });
      this.count(record.e.id, ref.segment);
    } else if (record.k === 'd') {
      const delivery = { ...record.d, attempts: [] };
      this.deliveries.set(delivery.id, delivery);
      this.indexDelivery(delivery);
      this.count(record.d.id, ref.segment);
    } else if (record.k === 'a') {
      const delivery = this.deliveries.get(record.id);
      if (delivery) {
        delivery.attempts.push(record.a);
        this.attemptRefs.set(record.a, ref);
      }
    } else if (record.k === 's') {
      const delivery = this.deliveries.get(record.id);
      if (delivery) applyState(delivery, record.s);
    }
  }

  async addEvent(event: EventRecord): Promise<void> {
    const { body, ...meta } = event;
    const ref = await this.journal.append({ k: 'e', e: meta } satisfies HistoryRecord, [Buffer.from(body)]);
    this.events.set(meta.id, { value: meta, ref });
    this.count(meta.id, ref.segment);
  }

  async addDelivery(delivery: DeliveryRecord): Promise<void> {
    const { attempts: _a, ...meta } = delivery;
    const ref = await this.journal.append({ k: 'd', d: meta } satisfies HistoryRecord);
    this.deliveries.set(delivery.id, delivery);
    this.indexDelivery(delivery);
    this.count(delivery.id, ref.segment);
  }

  /** Keeps the attempt's metadata in the delivery and its bodies on disk; returns the metadata. */
  async addAttempt(deliveryId: string, attempt: AttemptRecord): Promise<AttemptMeta> {
    const meta: AttemptMeta = {
      ...attempt,
      request: { url: attempt.request.url, headers: attempt.request.headers },
      response: attempt.response ? { headers: attempt.response.headers, truncated: attempt.response.truncated } : null,
    };
    const bodies = JSON.stringify({ request: attempt.request.body, response: attempt.response?.body ?? null });
    const delivery = this.deliveries.get(deliveryId);
    delivery?.attempts.push(meta);
    try {
      const ref = await this.journal.append({ k: 'a', id: deliveryId, a: meta } satisfies HistoryRecord, [Buffer.from(bodies)]);
      this.attemptRefs.set(meta, ref);
    } catch {
      // The attempt happened; without a disk its bodies are simply not kept.
    }
    return meta;
  }

  /** Records a delivery's new state (after each attempt, or when it stops). */
  async saveState(delivery: DeliveryRecord): Promise<void> {
    const change: StateChange = { state: delivery.state, nextAttemptAt: delivery.nextAttemptAt, reason: delivery.reason };
    await this.journal.append({ k: 's', id: delivery.id, s: change } satisfies HistoryRecord).catch(() => undefined);
  }

  event(id: string): EventMeta | undefined {
    return this.events.get(id)?.value;
  }

  async eventBody(id: string): Promise<string | undefined> {
    const located = this.events.get(id);
    if (!located) return undefined;
    return (await this.journal.readBlob(located.ref, 0)).toString('utf8');
  }

  delivery(id: string): DeliveryRecord | undefined {
    return this.deliveries.get(id);
  }

  /** The deliveries to one endpoint of one profile, oldest first. */
  deliveriesTo(profile: string, endpointId: string): DeliveryRecord[] {
    return [...(this.byEndpoint.get(endpointKey(profile, endpointId)) ?? [])].map((id) => this.deliveries.get(id)!);
  }

  /** The deliveries made of one event, oldest first. */
  deliveriesOfEvent(eventId: string): DeliveryRecord[] {
    return [...(this.byEvent.get(eventId) ?? [])].map((id) => this.deliveries.get(id)!);
  }

  /** The index entries a delivery has: by `profile endpoint`, and by event. */
  private indexKeys(d: DeliveryRecord): ReadonlyArray<readonly [Map<string, Set<string>>, string]> {
    return [
      [this.byEndpoint, endpointKey(d.profile, d.endpointId)],
      [this.byEvent, d.eventId],
    ];
  }

  private indexDelivery(d: DeliveryRecord): void {
    for (const [index, key] of this.indexKeys(d)) {
      let ids = index.get(key);
      if (!ids) index.set(key, (ids = new Set()));
      ids.add(d.id);
    }
  }

  private unindexDelivery(d: DeliveryRecord): void {
    for (const [index, key] of this.indexKeys(d)) {
      const ids = index.get(key);
      ids?.delete(d.id);
      if (ids?.size === 0) index.delete(key);
    }
  }

  /** Oldest first. */
  allDeliveries(): IterableIterator<DeliveryRecord> {
    return this.deliveries.values();
  }

  allEvents(): EventMeta[] {
    return [...this.events.values()].map((e) => e.value);
  }

  async full(delivery: DeliveryRecord): Promise<FullDeliveryRecord> {
    const attempts = await Promise.all(delivery.attempts.map((a) => this.fullAttempt(a)));
    return { ...delivery, attempts };
  }

  async fullAttempt(attempt: AttemptMeta): Promise<AttemptRecord> {
    const ref = this.attemptRefs.get(attempt);
    let bodies: { request: string; response: string | null } = { request: '', response: null };
    if (ref) bodies = JSON.parse((await this.journal.readBlob(ref, 0)).toString('utf8')) as typeof bodies;
    return {
      ...attempt,
      request: { ...attempt.request, body: bodies.request },
      response: attempt.response ? { ...attempt.response, body: bodies.response ?? '' } : null,
    };
  }

  /** Drops the oldest events (and deliveries beyond four per kept event); returns dropped delivery ids. */
  trim(): string[] {
    const dropped: string[] = [];
    let droppedEvents = 0;
    for (const id of this.events.keys()) {
      if (this.events.size <= this.maxEvents) break;
      this.events.delete(id);
      this.uncount(id);
      droppedEvents++;
    }
    for (const id of this.deliveries.keys()) {
      if (this.deliveries.size <= this.maxEvents * 4) break;
      this.unindexDelivery(this.deliveries.get(id)!);
      this.deliveries.delete(id);
      this.uncount(id);
      dropped.push(id);
    }
    if (dropped.length || droppedEvents) void this.dropDead().catch(() => undefined);
    return dropped;
  }

  private async dropDead(): Promise<void> {
    let oldest: number | undefined;
    for (const segment of this.segments.keys()) if (oldest === undefined || segment < oldest) oldest = segment;
    await this.journal.dropBefore(oldest ?? this.journal.currentSegment);
  }
}

/** Profile ids have no spaces, so this key names one endpoint of one profile. */
const endpointKey = (profile: string, endpointId: string): string => `${profile} ${endpointId}`;

function applyState(delivery: DeliveryRecord, change: StateChange): void {
  delivery.state = change.state;
  delivery.nextAttemptAt = change.nextAttemptAt;
  if (change.reason === undefined) delete delivery.reason;
  else delivery.reason = change.reason;
}
