import type { Clock, TimerHandle } from '../clock/types.js';
import type { EndpointSummary, ProfileDefinition } from '../profiles/types.js';
import { type EventHub, isoTime, uuidV4 } from '../plumbing/index.js';
import type { Sender } from './http-sender.js';
import type { EventCatalogue } from './event-catalogue.js';
import type { AttemptMeta, DeliveryRecord, EventMeta } from './delivery-types.js';
import type { DeliveryHistory } from './delivery-history.js';
import { DeliveryError, type FireInput } from './fire-input.js';
import { eventBody, eventTemplate } from './event-body.js';
import { attemptOrder, targetEndpoints, wantsEvent } from './fan-out.js';
import { attemptRequest } from './attempt-request.js';
import { attemptOutcome } from './attempt-outcome.js';
import { attemptRecord, publishAttempt } from './attempt-record.js';

export interface DispatcherDeps {
  profiles: readonly ProfileDefinition<any>[];
  state(profile: ProfileDefinition<any>): unknown;
  history: DeliveryHistory;
  /** Per endpoint (`profile:id`): when its current run of failures began (kept in the state document). */
  failingSince(): Record<string, number>;
  persist(): void;
  clock: Clock;
  sender: Sender;
  randomBytes(size: number): Uint8Array;
  catalogue: EventCatalogue;
  hub: EventHub;
  timeoutMs: number;
}

export class Dispatcher {
  private readonly timers = new Map<string, TimerHandle>();
  private closed = false;

  constructor(private readonly deps: DispatcherDeps) {}

  private profile(id: string): ProfileDefinition<any> {
    const p = this.deps.profiles.find((x) => x.id === id);
    if (!p) throw new DeliveryError('unknown_profile', `no profile "${id}"; known: ${this.deps.profiles.map((x) => x.id).join(', ')}`);
    return p;
  }

  private endpoints(profile: ProfileDefinition<any>): EndpointSummary[] {
    return profile.listEndpoints(this.deps.state(profile));
  }

  private eventId(profile: ProfileDefinition<any>): string {
    return profile.delivery?.eventId?.(this.deps.randomBytes) ?? `evt_${uuidV4(this.deps.randomBytes).replace(/-/g, '')}`;
  }

  private trim(): void {
    for (const id of this.deps.history.trim()) this.cancel(id);
  }

  /** The body `fire` would send (placeholders filled, overrides applied), without sending or storing it. */
  preview(input: FireInput): string {
    const profile = this.profile(input.profile);
    const template = input.body ?? this.deps.catalogue.template(profile.id, input.type);
    if (!profile.events.types.includes(input.type) || template === undefined)
      throw new DeliveryError('unknown_event', `${profile.title} has no event "${input.type}"`);
    const fill = {
      eventId: this.eventId(profile),
      endpointId: input.endpointId ?? this.endpoints(profile)[0]?.id ?? '',
      now: this.deps.clock.now(),
      randomBytes: this.deps.randomBytes,
    };
    return eventBody(template, { ...input, verbatim: false }, fill, { guardErrors: 'wrap', checkJson: false });
  }

  /** Creates the event(s) and their deliveries; resolves once every immediate first attempt is done. */
  async fire(input: FireInput): Promise<{ events: EventMeta[]; deliveries: DeliveryRecord[] }> {
    const profile = this.profile(input.profile);
    const template = eventTemplate(profile, this.deps.catalogue, input);
    const state = this.deps.state(profile);
    const targets = targetEndpoints(profile, this.endpoints(profile), input);
    const history = this.deps.history;
    const events: EventMeta[] = [];
    const deliveries: DeliveryRecord[] = [];
    const count = Math.max(1, Math.min(input.count ?? 1, 100));
    // Appends are queued in order and go out together; the attempts start once all are written.
    const written: Promise<void>[] = [];
    for (let n = 0; n < count; n++) {
      const id = (n === 0 ? input.eventId : undefined) ?? this.eventId(profile);
      const now = this.deps.clock.now();
      const fill = { eventId: id, endpointId: input.endpointId ?? targets[0]?.id ?? '', now, randomBytes: this.deps.randomBytes };
      const body = eventBody(template, input, fill, { guardErrors: 'rethrow', checkJson: true });
      const event: EventMeta = { id, profile: profile.id, type: input.type, createdAt: isoTime(now) };
      events.push(event);
      written.push(history.addEvent({ ...event, body }));
      const parsed = JSON.parse(body) as unknown;
      for (const endpoint of targets) {
        if (!wantsEvent(profile, state, endpoint, input, parsed)) continue;
        const delivery: DeliveryRecord = {
          id: `dlv_${Buffer.from(this.deps.randomBytes(9)).toString('base64url')}`,
          eventId: id,
          eventType: input.type,
          profile: profile.id,
          endpointId: endpoint.id,
          url: endpoint.url,
          state: 'pending',
          nextAttemptAt: null,
          attempts: [],
          ...(input.faults ? { faults: input.faults } : {}),
        };
        written.push(history.addDelivery(delivery));
        deliveries.push(delivery);
      }
    }
    await Promise.all(written);
    this.trim();
    const order = attemptOrder(deliveries, input.faults?.outOfOrder, this.deps.randomBytes);
    const delay = input.faults?.delayMs ?? 0;
    if (delay > 0) {
      for (const d of order) this.schedule(d, this.deps.clock.now() + delay);
    } else {
      for (const d of order) await this.attempt(d.id);
    }
    return { events, deliveries };
  }

  private schedule(delivery: DeliveryRecord, at: number): void {
    this.cancel(delivery.id);
    delivery.nextAttemptAt = isoTime(at);
    this.timers.set(
      delivery.id,
      this.deps.clock.setTimer(at, async () => {
        this.timers.delete(delivery.id);
        await this.attempt(delivery.id);
      }),
    );
  }

  private cancel(id: string): void {
    const timer = this.timers.get(id);
    if (timer) this.deps.clock.clearTimer(timer);
    this.timers.delete(id);
  }

  /** Ends a delivery that cannot be attempted (its event or endpoint is gone, or the endpoint is off). */
  private stop(delivery: DeliveryRecord, state: 'failed' | 'disabled', reason: string): null {
    delivery.state = state;
    delivery.reason = reason;
    delivery.nextAttemptAt = null;
    void this.deps.history.saveState(delivery);
    return null;
  }

  /** One attempt now: sign afresh, send, record, and plan what comes next. */
  async attempt(deliveryId: string, manual = false): Promise<AttemptMeta | null> {
    if (this.closed) return null;
    const history = this.deps.history;
    const delivery = history.delivery(deliveryId);
    if (!delivery) return null;
    const event = history.event(delivery.eventId);
    const body = event ? await history.eventBody(event.id).catch(() => undefined) : undefined;
    const profile = this.profile(delivery.profile);
    const state = this.deps.state(profile);
    const endpoint = this.endpoints(profile).find((e) => e.id === delivery.endpointId);
    if (!event || body === undefined) return this.stop(delivery, 'failed', 'the event is no longer kept');
    if (!endpoint) return this.stop(delivery, 'failed', 'the endpoint was deleted');
    if (!manual && !endpoint.active && delivery.attempts.length > 0)
      return this.stop(delivery, 'disabled', `the endpoint is ${endpoint.status}`);
    const now = this.deps.clock.now();
    const before = delivery.state;
    const scheduledAt = delivery.nextAttemptAt ?? isoTime(now);
    const request = attemptRequest(profile, state, endpoint, event, body, now);
    const copies = delivery.faults?.duplicate ? 2 : 1;
    let last: AttemptMeta | null = null;
    for (let copy = 0; copy < copies; copy++) {
      const result = await this.deps.sender({
        url: request.url,
        headers: request.headers,
        body: request.body,
        timeoutMs: this.deps.timeoutMs,
      });
      const record = attemptRecord(delivery, request, result, {
        now,
        scheduledAt,
        duplicate: copy > 0,
        randomBytes: this.deps.randomBytes,
      });
      last = await history.addAttempt(delivery.id, record);
      publishAttempt(this.deps.hub, { profile, event, endpoint, delivery, attempt: last, result });
    }
    this.settle(profile, state, endpoint.id, delivery, last!, now, manual && before !== 'pending');
    return last!;
  }

  /** Tracks the endpoint's run of failures, then applies the outcome: done, disabled, failed or retried later. */
  private settle(
    profile: ProfileDefinition<any>,
    state: unknown,
    endpointId: string,
    delivery: DeliveryRecord,
    last: AttemptMeta,
    now: number,
    extraAttempt: boolean,
  ): void {
    const failingSince = this.deps.failingSince();
    profile.delivery?.onAttempt?.(state, endpointId, { ok: last.ok, at: last.at, status: last.status });
    const key = `${profile.id}:${endpointId}`;
    if (last.ok && key in failingSince) {
      delete failingSince[key];
      this.deps.persist();
    } else if (!last.ok && last.status !== 410 && failingSince[key] === undefined) {
      failingSince[key] = now;
      this.deps.persist();
    }
    const outcome = attemptOutcome({
      ok: last.ok,
      status: last.status,
      retryAfter: last.response?.headers?.['retry-after'],
      now,
      failingSince: failingSince[key],
      attempts: delivery.attempts.filter((a) => !a.duplicate).length,
      extraAttempt,
      schedule: profile.delivery?.retrySchedule,
    });
    delivery.nextAttemptAt = null;
    delivery.state = outcome.state;
    if (outcome.state === 'failed' || outcome.state === 'disabled') delivery.reason = outcome.reason;
    if (outcome.state === 'disabled') profile.delivery?.disable?.(state, endpointId, outcome.disable, last.at);
    if (outcome.state === 'pending') this.schedule(delivery, outcome.retryAt);
    // Profile counters (last attempt, disable) live in the state document.
    this.deps.persist();
    void this.deps.history.saveState(delivery);
  }

  /** A manual retry of a delivery: one more attempt now, outside the schedule. */
  retry(deliveryId: string): Promise<AttemptMeta | null> {
    this.cancel(deliveryId);
    return this.attempt(deliveryId, true);
  }

  /** After a restart: pending deliveries are scheduled again from the stored plan. */
  resume(): void {
    for (const d of this.deps.history.allDeliveries()) {
      if (d.state === 'pending' && d.nextAttemptAt) this.schedule(d, Math.max(this.deps.clock.now(), Date.parse(d.nextAttemptAt)));
    }
  }

  close(): void {
    this.closed = true;
    for (const id of [...this.timers.keys()]) this.cancel(id);
  }
}
