import type { Clock, TimerHandle } from '../clock/types.js';
import type { EventHub } from '../server/event-hub.js';
import type { EndpointSummary, ProfileDefinition } from '../profiles/types.js';
import { sign } from '../signing/index.js';
import { uuidV4 } from '../profiles/shared/ids.js';
import type { Sender } from './http-sender.js';
import { ForbiddenKeyError, PathError } from '../guard/index.js';
import { applyOverrides, renderTemplate, type EventCatalogue } from './event-catalogue.js';
import { MergeConflictError, mergeEvent } from './merge-event.js';
import type { AttemptMeta, AttemptRecord, DeliveryFaults, DeliveryRecord, EventMeta } from './delivery-types.js';
import type { DeliveryHistory } from './delivery-history.js';
import { AUTO_DISABLE_AFTER_MS, nextDelay, parseRetryAfter } from './retry-policy.js';

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

export interface FireInput {
  profile: string;
  type: string;
  /** Only this endpoint (the test routes, `--endpoint`); otherwise every matching active endpoint. */
  endpointId?: string;
  /** Several given endpoints (a Svix message's matching endpoints), each delivered unconditionally. */
  endpointIds?: readonly string[];
  /** Send `body` exactly as given: no `{{…}}` placeholders filled (a provider API's own payload). */
  verbatim?: boolean;
  /** The event id, when the provider's API chose it (a Svix message id). */
  eventId?: string;
  /** `--set path=value` overrides. */
  sets?: ReadonlyArray<readonly [string, string]>;
  /** Replaces the event's `data`. */
  data?: unknown;
  /** Deep-merged into the rendered event (the inspector's "merge into the event" JSON). */
  merge?: unknown;
  /** A whole body instead of the catalogue's (the inspector's edited payload). */
  body?: string;
  /** Several events in one trigger (out-of-order batches). */
  count?: number;
  faults?: DeliveryFaults;
}

export class DeliveryError extends Error {
  constructor(
    readonly code: 'unknown_profile' | 'unknown_event' | 'unknown_endpoint' | 'bad_payload',
    message: string,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}

const USER_AGENT = 'hookyard-webhooks/0.1';

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

  private iso(ms = this.deps.clock.now()): string {
    return new Date(ms).toISOString();
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
    const id = profile.delivery?.eventId?.(this.deps.randomBytes) ?? `evt_${uuidV4(this.deps.randomBytes).replace(/-/g, '')}`;
    try {
      const rendered = renderTemplate(template, {
        eventId: id,
        endpointId: input.endpointId ?? this.endpoints(profile)[0]?.id ?? '',
        now: this.deps.clock.now(),
        randomBytes: this.deps.randomBytes,
      });
      return mergeEvent(applyOverrides(rendered, input.sets ?? [], input.data), input.merge);
    } catch (error) {
      if (error instanceof MergeConflictError) throw new DeliveryError('bad_payload', `"merge": ${error.message}`);
      throw new DeliveryError('bad_payload', `the event body is not valid JSON after filling it in: ${(error as Error).message}`);
    }
  }

  /** Creates the event(s) and their deliveries; resolves once every immediate first attempt is done. */
  async fire(input: FireInput): Promise<{ events: EventMeta[]; deliveries: DeliveryRecord[] }> {
    const profile = this.profile(input.profile);
    const openType = profile.events.openTypes === true && input.body !== undefined;
    if (!openType && !profile.events.types.includes(input.type)) {
      throw new DeliveryError(
        'unknown_event',
        `${profile.title} has no event "${input.type}"; its events are ${profile.events.types.join(', ')}`,
      );
    }
    const template = input.body ?? this.deps.catalogue.template(profile.id, input.type);
    if (template === undefined)
      throw new DeliveryError(
        'unknown_event',
        `no fixture for ${profile.id} ${input.type} (fixtures/events/${profile.id}/${input.type}.json)`,
      );
    const state = this.deps.state(profile);
    const all = this.endpoints(profile);
    let targets: EndpointSummary[];
    if (input.endpointId) {
      const one = all.find((e) => e.id === input.endpointId);
      if (!one) throw new DeliveryError('unknown_endpoint', `${profile.title} has no endpoint "${input.endpointId}"`);
      targets = [one];
    } else if (input.endpointIds) {
      targets = all.filter((e) => input.endpointIds!.includes(e.id));
    } else {
      targets = all.filter((e) => e.active);
    }
    const history = this.deps.history;
    const events: EventMeta[] = [];
    const deliveries: DeliveryRecord[] = [];
    const count = Math.max(1, Math.min(input.count ?? 1, 100));
    // Appends are queued in order and go out together; the attempts start once all are written.
    const written: Promise<void>[] = [];
    for (let n = 0; n < count; n++) {
      const id =
        (n === 0 ? input.eventId : undefined) ??
        profile.delivery?.eventId?.(this.deps.randomBytes) ??
        `evt_${uuidV4(this.deps.randomBytes).replace(/-/g, '')}`;
      const now = this.deps.clock.now();
      let body: string;
      try {
        const rendered = input.verbatim
          ? template
          : renderTemplate(template, {
              eventId: id,
              endpointId: input.endpointId ?? targets[0]?.id ?? '',
              now,
              randomBytes: this.deps.randomBytes,
            });
        body = mergeEvent(applyOverrides(rendered, input.sets ?? [], input.data), input.merge);
        JSON.parse(body);
      } catch (error) {
        if (error instanceof MergeConflictError) throw new DeliveryError('bad_payload', `"merge": ${error.message}`);
        if (error instanceof ForbiddenKeyError || error instanceof PathError) throw error;
        throw new DeliveryError('bad_payload', `the event body is not valid JSON after filling it in: ${(error as Error).message}`);
      }
      const event: EventMeta = { id, profile: profile.id, type: input.type, createdAt: this.iso(now) };
      events.push(event);
      written.push(history.addEvent({ ...event, body }));
      const parsed = JSON.parse(body) as unknown;
      for (const endpoint of targets) {
        const wanted =
          input.endpointId || input.endpointIds
            ? true
            : profile.delivery?.matches
              ? profile.delivery.matches(state, endpoint.id, input.type, parsed)
              : endpoint.events.includes(input.type);
        if (!wanted) continue;
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
    let order = deliveries;
    if (input.faults?.outOfOrder && deliveries.length > 1) {
      // Fisher–Yates with injected randomness; a shuffle that changes nothing is reversed instead.
      order = [...deliveries];
      for (let i = order.length - 1; i > 0; i--) {
        const j = this.deps.randomBytes(1)[0]! % (i + 1);
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      if (order.every((d, i) => d === deliveries[i])) order.reverse();
    }
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
    delivery.nextAttemptAt = this.iso(at);
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

  /** One attempt now: sign afresh, send, record, and plan what comes next. */
  async attempt(deliveryId: string, manual = false): Promise<AttemptMeta | null> {
    if (this.closed) return null;
    const history = this.deps.history;
    const delivery = history.delivery(deliveryId);
    if (!delivery) return null;
    const event = history.event(delivery.eventId);
    const eventBody = event ? await history.eventBody(event.id).catch(() => undefined) : undefined;
    const profile = this.profile(delivery.profile);
    const state = this.deps.state(profile);
    const endpoint = this.endpoints(profile).find((e) => e.id === delivery.endpointId);
    if (!event || eventBody === undefined || !endpoint) {
      delivery.state = 'failed';
      delivery.reason = !event || eventBody === undefined ? 'the event is no longer kept' : 'the endpoint was deleted';
      delivery.nextAttemptAt = null;
      void history.saveState(delivery);
      return null;
    }
    if (!manual && !endpoint.active && delivery.attempts.length > 0) {
      delivery.state = 'disabled';
      delivery.reason = `the endpoint is ${endpoint.status}`;
      delivery.nextAttemptAt = null;
      void history.saveState(delivery);
      return null;
    }
    const now = this.deps.clock.now();
    const before = delivery.state;
    const scheduledAt = delivery.nextAttemptAt ?? this.iso(now);
    const encoded = profile.delivery?.encodeBody?.(state, endpoint.id, eventBody) ?? {
      contentType: 'application/json',
      body: eventBody,
      headers: {},
    };
    const body = new TextEncoder().encode(encoded.body);
    // Current secrets at each attempt: rotation grace adds the old one, a provider without grace drops it at once.
    const secrets = profile.signingSecrets(state, endpoint.id, now);
    const signed = secrets.length > 0 ? sign(profile.deliveryScheme, { body, secrets, id: event.id, now, url: endpoint.url }) : {};
    const providerHeaders = profile.delivery?.headers?.({ id: event.id, type: event.type }, { endpointId: endpoint.id, state });
    const headers: Record<string, string> = {
      'content-type': encoded.contentType,
      'user-agent': USER_AGENT,
      ...providerHeaders,
      ...encoded.headers,
      ...signed,
    };
    const copies = delivery.faults?.duplicate ? 2 : 1;
    let record: AttemptMeta | null = null;
    for (let copy = 0; copy < copies; copy++) {
      const result = await this.deps.sender({ url: endpoint.url, headers, body, timeoutMs: this.deps.timeoutMs });
      const full: AttemptRecord = {
        id: `att_${Buffer.from(this.deps.randomBytes(9)).toString('base64url')}`,
        number: delivery.attempts.length + 1,
        at: this.iso(now),
        scheduledAt,
        ok: result.ok,
        status: result.status,
        durationMs: Math.round(result.durationMs * 10) / 10,
        errorKind: result.errorKind,
        errorMessage: result.errorMessage,
        request: { url: endpoint.url, headers, body: encoded.body },
        response: result.status === null ? null : { headers: result.headers, body: result.body, truncated: result.truncated },
        ...(copy > 0 ? { duplicate: true } : {}),
      };
      record = await history.addAttempt(delivery.id, full);
      this.deps.hub.publish({
        type: 'delivery.attempt',
        at: record.at,
        summary: `${profile.id} ${event.type} → ${endpoint.url} #${record.number}: ${result.status ?? result.errorKind}`,
        ok: result.ok,
        deliveryId: delivery.id,
        eventId: event.id,
        profile: profile.id,
        endpointId: endpoint.id,
        status: result.status,
        errorKind: result.errorKind,
      });
    }
    const last = record!;
    const lastResponseHeaders = last.response?.headers;
    const failingSince = this.deps.failingSince();
    profile.delivery?.onAttempt?.(state, endpoint.id, { ok: last.ok, at: last.at, status: last.status });
    const key = `${profile.id}:${endpoint.id}`;
    delivery.nextAttemptAt = null;
    if (last.ok) {
      delivery.state = 'succeeded';
      if (key in failingSince) {
        delete failingSince[key];
        this.deps.persist();
      }
    } else if (last.status === 410) {
      delivery.state = 'disabled';
      delivery.reason = 'the endpoint answered 410 Gone: it is disabled';
      profile.delivery?.disable?.(state, endpoint.id, '410 Gone', last.at);
    } else {
      if (failingSince[key] === undefined) {
        failingSince[key] = now;
        this.deps.persist();
      }
      if (now - failingSince[key]! >= AUTO_DISABLE_AFTER_MS) {
        delivery.state = 'disabled';
        delivery.reason = 'five days of failed deliveries: the endpoint is disabled';
        profile.delivery?.disable?.(state, endpoint.id, 'failing for 5 days', last.at);
      } else {
        const retryAfter = parseRetryAfter(lastResponseHeaders?.['retry-after'], now);
        const failedAttempts = delivery.attempts.filter((a) => !a.duplicate).length;
        const delay = nextDelay(failedAttempts + 1, retryAfter, profile.delivery?.retrySchedule);
        if (manual && before !== 'pending') {
          // A manual retry of a finished delivery is one extra attempt, not a new schedule.
          delivery.state = 'failed';
          delivery.reason = 'the manual retry failed';
        } else if (delay === null) {
          delivery.state = 'failed';
          delivery.reason = 'the retry schedule is spent';
        } else {
          delivery.state = 'pending';
          this.schedule(delivery, now + delay);
        }
      }
    }
    // Profile counters (last attempt, disable) live in the state document.
    this.deps.persist();
    void history.saveState(delivery);
    return last;
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
