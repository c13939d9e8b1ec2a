import { describe, expect, it } from 'vitest';
import { DeliveryHistory, type DeliveryRecord } from '../../src/delivery/index.js';
import type { Dispatcher } from '../../src/delivery/dispatcher.js';
import { profileDeliveries } from '../../src/delivery/profile-deliveries.js';
import type { JournalRef, JournalStore } from '../../src/storage/index.js';
import { MemoryJournal } from '../../src/storage/journal/index.js';

const at = (n: number) => new Date(Date.parse('2026-12-02T10:00:00Z') + n * 1000).toISOString();

/** A journal that counts the bodies read back, so a test sees which calls touch storage. */
function countingJournal(): { journal: JournalStore; reads: () => number } {
  const inner = new MemoryJournal(8);
  let reads = 0;
  const journal = new Proxy(inner, {
    get(target, key, receiver) {
      if (key === 'readBlob')
        return (ref: JournalRef, index: number) => {
          reads++;
          return target.readBlob(ref, index);
        };
      const value = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  }) as JournalStore;
  return { journal, reads: () => reads };
}

async function fill(history: DeliveryHistory, count: number): Promise<void> {
  for (let n = 0; n < count; n++) {
    await history.addEvent({ id: `evt_${n}`, profile: 'appkit', type: 'user.created', createdAt: at(n), body: `{"n":${n}}` });
    const d: DeliveryRecord = {
      ...{ id: `dlv_${n}`, eventId: `evt_${n}`, eventType: 'user.created', profile: 'appkit', endpointId: n % 2 ? 'ep_odd' : 'ep_even' },
      ...{ url: 'http://127.0.0.1:9/', state: 'pending', nextAttemptAt: null, attempts: [] },
    };
    await history.addDelivery(d);
    await history.addAttempt(d.id, {
      ...{
        id: `att_${n}`,
        number: 1,
        at: at(n),
        scheduledAt: at(n),
        ok: true,
        status: 200,
        durationMs: 1,
        errorKind: null,
        errorMessage: null,
      },
      request: { url: 'http://127.0.0.1:9/', headers: { 'x-n': String(n) }, body: `{"n":${n}}` },
      response: { headers: {}, body: 'ok', truncated: false },
    });
    history.trim();
  }
}

describe('profile deliveries', () => {
  it('lists briefs of one endpoint, newest first, without reading a body back', async () => {
    const { journal, reads } = countingJournal();
    const history = new DeliveryHistory(journal, 100);
    await fill(history, 10);
    const deliveries = profileDeliveries({} as Dispatcher, history, []);
    const before = reads();
    const briefs = deliveries.briefs('appkit', 'ep_odd');
    expect(reads()).toBe(before);
    expect(briefs.map((b) => b.id)).toEqual(['dlv_9', 'dlv_7', 'dlv_5', 'dlv_3', 'dlv_1']);
    expect(briefs[0]).toMatchObject({ eventId: 'evt_9', createdAt: at(9), eventKept: true, attempts: [{ id: 'att_9', status: 200 }] });
    expect(briefs[0]!.attempts[0]).not.toHaveProperty('request');
    expect(deliveries.briefs('stripe', 'ep_odd')).toEqual([]);
    // `list` reads what the attempts sent and received.
    const full = await deliveries.list('appkit', 'ep_odd');
    expect(reads()).toBeGreaterThan(before);
    expect(full[0]!.attempts[0]!.request.body).toBe('{"n":9}');
    // One delivery in full, by id, for its own profile only.
    expect((await deliveries.view('appkit', 'dlv_3'))?.attempts[0]?.request.body).toBe('{"n":3}');
    expect(await deliveries.view('svix', 'dlv_3')).toBeNull();
    expect(await deliveries.view('appkit', 'dlv_none')).toBeNull();
  });

  it('looks one event up with its deliveries, and says when the history has dropped the event', async () => {
    const history = new DeliveryHistory(new MemoryJournal(8), 2);
    await fill(history, 5);
    const deliveries = profileDeliveries({} as Dispatcher, history, []);
    expect(await deliveries.event('appkit', 'evt_4')).toEqual({
      event: { id: 'evt_4', type: 'user.created', createdAt: at(4), body: '{"n":4}' },
      deliveries: [{ id: 'dlv_4', endpointId: 'ep_even' }],
    });
    expect(await deliveries.event('svix', 'evt_4')).toBeNull();
    // Two events are kept, and up to four deliveries per kept event.
    expect(await deliveries.event('appkit', 'evt_0')).toBeNull();
    expect(deliveries.briefs('appkit', 'ep_even').map((b) => [b.id, b.eventKept])).toEqual([
      ['dlv_4', true],
      ['dlv_2', false],
      ['dlv_0', false],
    ]);
  });
});
