import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaptureStore } from '../../src/capture/capture-store.js';
import type { Capture } from '../../src/capture/index.js';
import { StorageHealth, type JournalStore } from '../../src/storage/index.js';
import { MemoryJournal, SegmentJournal } from '../../src/storage/journal/index.js';

const NOW = Date.parse('2026-11-22T10:00:00Z');

function capture(n: number, channel = 'c'): Capture {
  return {
    id: `cap_${String(n).padStart(6, '0')}`,
    channel,
    method: 'POST',
    path: `/${n}`,
    url: `http://localhost/in/${channel}/${n}`,
    query: '',
    headers: [
      ['content-type', 'application/json'],
      ['x-n', String(n)],
    ],
    remoteAddress: '127.0.0.1',
    receivedAt: new Date(NOW + n).toISOString(),
    size: 0,
    contentType: 'application/json',
    bodyBase64: '',
    verdict: null,
    response: { status: 200 },
  };
}

const body = (n: number) => Buffer.from(JSON.stringify({ n, text: 'é'.repeat(n % 7) }));

interface Implementation {
  name: string;
  open(segmentRecords: number): { journal: JournalStore; reopen?: () => JournalStore };
}

const implementations: Implementation[] = [
  { name: 'memory', open: (records) => ({ journal: new MemoryJournal(records) }) },
  {
    name: 'disk',
    open: (records) => {
      const dir = mkdtempSync(join(tmpdir(), 'hookyard-journal-'));
      const make = () => new SegmentJournal(dir, { label: 'captures', health: new StorageHealth(), segmentRecords: records, now: NOW });
      return { journal: make(), reopen: make };
    },
  },
];

for (const impl of implementations) {
  describe(`capture store (${impl.name} journal)`, () => {
    it('stores a capture and reads its headers and body back byte-exact', async () => {
      const { journal } = impl.open(16);
      const store = new CaptureStore(journal, 10);
      await store.load();
      const raw = Buffer.from([0, 255, 10, 13, 0xc3, 0x28]);
      await store.add({ ...capture(1), size: raw.length }, raw);
      const back = await store.get('cap_000001');
      expect(back?.headers).toEqual([
        ['content-type', 'application/json'],
        ['x-n', '1'],
      ]);
      expect(Buffer.from(back!.bodyBase64, 'base64').equals(raw)).toBe(true);
      await journal.close();
    });

    it('keeps exactly the newest max captures and releases old segments', async () => {
      const { journal } = impl.open(4);
      const store = new CaptureStore(journal, 10);
      await store.load();
      for (let n = 1; n <= 57; n++) await store.add(capture(n), body(n));
      expect(store.size()).toBe(10);
      const page = await store.list({ limit: 100 });
      expect(page.items.map((c) => c.id)).toEqual(Array.from({ length: 10 }, (_, i) => capture(57 - i).id));
      expect(page.total).toBe(10);
      expect(await store.get(capture(47).id)).toBeUndefined();
      expect(
        JSON.parse(
          (await store.get(capture(48).id))!.bodyBase64
            ? Buffer.from((await store.get(capture(48).id))!.bodyBase64, 'base64').toString()
            : '{}',
        ),
      ).toMatchObject({ n: 48 });
      await journal.close();
    });

    it('pages newest first with a cursor, filters, and searches bodies', async () => {
      const { journal } = impl.open(8);
      const store = new CaptureStore(journal, 100);
      await store.load();
      for (let n = 1; n <= 30; n++) await store.add(capture(n, n % 2 ? 'odd' : 'even'), body(n));
      const first = await store.list({ limit: 4 });
      const second = await store.list({ limit: 4, cursor: first.nextCursor! });
      expect([...first.items, ...second.items].map((c) => c.id)).toEqual([30, 29, 28, 27, 26, 25, 24, 23].map((n) => capture(n).id));
      const odd = await store.list({ channel: 'odd', limit: 100 });
      expect(odd.total).toBe(15);
      const found = await store.list({ q: '"n":17,' });
      expect(found.items.map((c) => c.id)).toEqual([capture(17).id]);
      await journal.close();
    });

    it('deletes one, updates the forwarding result, clears all', async () => {
      const { journal } = impl.open(8);
      const store = new CaptureStore(journal, 100);
      await store.load();
      for (let n = 1; n <= 5; n++) await store.add(capture(n), body(n));
      expect(await store.delete(capture(2).id)).toBe(true);
      expect(await store.delete(capture(2).id)).toBe(false);
      await store.update(capture(3).id, { url: 'http://localhost:3000/hook', status: 204, at: new Date(NOW).toISOString() });
      expect(store.summary(capture(3).id)?.forwarded?.status).toBe(204);
      expect((await store.list()).total).toBe(4);
      expect(await store.clear()).toBe(4);
      expect((await store.list()).total).toBe(0);
      await store.add(capture(9), body(9));
      expect((await store.list()).items.map((c) => c.id)).toEqual([capture(9).id]);
      await journal.close();
    });

    if (impl.name === 'disk') {
      it('replays deletes, updates, clears and the ring after a reopen', async () => {
        const { journal, reopen } = impl.open(4);
        const store = new CaptureStore(journal, 6);
        await store.load();
        for (let n = 1; n <= 3; n++) await store.add(capture(n), body(n));
        await store.clear();
        for (let n = 4; n <= 20; n++) await store.add(capture(n), body(n));
        await store.delete(capture(19).id);
        await store.update(capture(18).id, { url: 'http://x', status: 500, at: new Date(NOW).toISOString() });
        await journal.close();
        const again = new CaptureStore(reopen!(), 6);
        await again.load();
        const page = await again.list({ limit: 100 });
        expect(page.items.map((c) => c.id)).toEqual([20, 18, 17, 16, 15].map((n) => capture(n).id));
        expect(again.summary(capture(18).id)?.forwarded?.status).toBe(500);
        expect(Buffer.from((await again.get(capture(15).id))!.bodyBase64, 'base64').toString()).toBe(body(15).toString());
      });
    }
  });
}
