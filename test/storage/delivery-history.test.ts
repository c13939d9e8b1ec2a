import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DeliveryHistory, type AttemptRecord, type DeliveryRecord } from '../../src/delivery/index.js';
import { StorageHealth, type JournalStore } from '../../src/storage/index.js';
import { MemoryJournal, SegmentJournal } from '../../src/storage/journal/index.js';

const NOW = Date.parse('2026-11-22T10:00:00Z');
const at = (n: number) => new Date(NOW + n * 1000).toISOString();

const delivery = (n: number): DeliveryRecord => ({
  id: `dlv_${n}`,
  eventId: `evt_${n}`,
  eventType: 'user.created',
  profile: 'appkit',
  endpointId: 'ep_1',
  url: 'http://127.0.0.1:9/hook',
  state: 'pending',
  nextAttemptAt: null,
  attempts: [],
});
const attempt = (n: number, number: number): AttemptRecord => ({
  id: `att_${n}_${number}`,
  number,
  at: at(n),
  scheduledAt: at(n),
  ok: number > 1,
  status: number > 1 ? 200 : 500,
  durationMs: 2,
  errorKind: number > 1 ? null : 'http',
  errorMessage: null,
  request: { url: 'http://127.0.0.1:9/hook', headers: { 'webhook-id': `msg_${n}` }, body: `{"n":${n}}` },
  response: { headers: { 'x-n': String(n) }, body: 'r'.repeat(n * 10), truncated: false },
});

const implementations: Array<{ name: string; open(): { journal: JournalStore; reopen?: () => JournalStore } }> = [
  { name: 'memory', open: () => ({ journal: new MemoryJournal(8) }) },
  {
    name: 'disk',
    open: () => {
      const dir = mkdtempSync(join(tmpdir(), 'hookyard-history-'));
      const make = () => new SegmentJournal(dir, { label: 'delivery history', health: new StorageHealth(), segmentRecords: 8, now: NOW });
      return { journal: make(), reopen: make };
    },
  },
];

async function record(history: DeliveryHistory, n: number): Promise<void> {
  await history.addEvent({ id: `evt_${n}`, profile: 'appkit', type: 'user.created', createdAt: at(n), body: `{"n":${n}}` });
  const d = delivery(n);
  await history.addDelivery(d);
  await history.addAttempt(d.id, attempt(n, 1));
  await history.addAttempt(d.id, attempt(n, 2));
  d.state = 'succeeded';
  await history.saveState(d);
}

for (const impl of implementations) {
  describe(`delivery history (${impl.name} journal)`, () => {
    it('keeps metadata in memory and reads event and attempt bodies back', async () => {
      const { journal } = impl.open();
      const history = new DeliveryHistory(journal, 100);
      await history.load();
      await record(history, 3);
      const d = history.delivery('dlv_3')!;
      expect(d.attempts.map((a) => a.status)).toEqual([500, 200]);
      expect(d.attempts[0]).not.toHaveProperty('request.body');
      expect(await history.eventBody('evt_3')).toBe('{"n":3}');
      const full = await history.full(d);
      expect(full.attempts[1]).toMatchObject({
        request: { body: '{"n":3}', headers: { 'webhook-id': 'msg_3' } },
        response: { body: 'r'.repeat(30), headers: { 'x-n': '3' } },
      });
      await journal.close();
    });

    it('holds the history limit: the newest events, four deliveries per kept event', async () => {
      const { journal } = impl.open();
      const history = new DeliveryHistory(journal, 5);
      await history.load();
      for (let n = 1; n <= 30; n++) await record(history, n);
      const dropped = history.trim();
      expect(history.allEvents().map((e) => e.id)).toEqual([26, 27, 28, 29, 30].map((n) => `evt_${n}`));
      expect([...history.allDeliveries()]).toHaveLength(20);
      expect(dropped).toEqual(Array.from({ length: 10 }, (_, i) => `dlv_${i + 1}`));
      expect(await history.eventBody('evt_30')).toBe('{"n":30}');
      // The look-ups by endpoint and by event forget what the limit dropped.
      expect(history.deliveriesTo('appkit', 'ep_1').map((d) => d.id)).toEqual([...history.allDeliveries()].map((d) => d.id));
      expect(history.deliveriesOfEvent('evt_1')).toEqual([]);
      expect(history.deliveriesOfEvent('evt_30').map((d) => d.id)).toEqual(['dlv_30']);
      expect(history.deliveriesTo('appkit', 'ep_2')).toEqual([]);
      expect(history.deliveriesTo('svix', 'ep_1')).toEqual([]);
      await journal.close();
    });

    if (impl.name === 'disk') {
      it('replays events, deliveries, attempts and states after a reopen', async () => {
        const { journal, reopen } = impl.open();
        const history = new DeliveryHistory(journal, 100);
        await history.load();
        for (let n = 1; n <= 4; n++) await record(history, n);
        await journal.close();
        const again = new DeliveryHistory(reopen!(), 100);
        await again.load();
        const d = again.delivery('dlv_2')!;
        expect(d.state).toBe('succeeded');
        expect(again.deliveriesTo('appkit', 'ep_1').map((x) => x.id)).toEqual(['dlv_1', 'dlv_2', 'dlv_3', 'dlv_4']);
        expect(again.deliveriesOfEvent('evt_3')).toEqual([again.delivery('dlv_3')]);
        expect((await again.full(d)).attempts.map((a) => a.response?.body)).toEqual(['rrrrrrrrrrrrrrrrrrrr', 'rrrrrrrrrrrrrrrrrrrr']);
      });
    }
  });
}
