import { appendFileSync, copyFileSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { openDocument } from '../../src/storage/document-file.js';
import { StateAudit, applyChanges, ChangeTracker } from '../../src/storage/state-log/index.js';
import { StorageHealth } from '../../src/storage/storage-health.js';
import { inMemoryDataDir } from '../../src/storage/in-memory-data-dir.js';

interface Doc {
  version: 1;
  profiles: Record<string, { items: Array<Record<string, unknown>>; byId: Record<string, Record<string, unknown>> }>;
  yard: Record<string, unknown>;
}
const fresh = (): Doc => ({ version: 1, profiles: { a: { items: [], byId: {} } }, yard: {} });
const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const NOW = Date.parse('2026-12-01T10:00:00Z');
const dirOf = () => mkdtempSync(join(tmpdir(), 'hookyard-state-'));
const opened: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  for (const document of opened.splice(0)) await document.close();
});
const open = async (dir: string, compactBytes?: number, onWrite?: (path: string) => void) => {
  const document = await openDocument<Doc>(join(dir, 'state.json'), {
    defaults: fresh,
    isValid: (v): v is Doc => typeof v === 'object' && v !== null,
    now: NOW,
    health: new StorageHealth(),
    compactBytes,
    onWrite,
  });
  opened.push(document);
  return document;
};
const logsIn = (dir: string) => readdirSync(dir).filter((n) => /^state\.\d+\.log$/.test(n));

/** The mutations the profiles make: push, splice, in-place edits, removals, whole replacements. */
type Op =
  | { kind: 'push'; n: number }
  | { kind: 'splice'; at: number }
  | { kind: 'edit'; at: number; n: number }
  | { kind: 'nested'; at: number; n: number }
  | { kind: 'put'; key: string; n: number }
  | { kind: 'drop'; key: string }
  | { kind: 'filter'; n: number }
  | { kind: 'yard'; key: string; n: number }
  | { kind: 'unshift'; n: number };
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('push' as const), n: fc.integer() }),
  fc.record({ kind: fc.constant('splice' as const), at: fc.nat(20) }),
  fc.record({ kind: fc.constant('edit' as const), at: fc.nat(20), n: fc.integer() }),
  fc.record({ kind: fc.constant('nested' as const), at: fc.nat(20), n: fc.integer() }),
  fc.record({ kind: fc.constant('put' as const), key: fc.constantFrom('x', 'y', 'z'), n: fc.integer() }),
  fc.record({ kind: fc.constant('drop' as const), key: fc.constantFrom('x', 'y', 'z') }),
  fc.record({ kind: fc.constant('filter' as const), n: fc.integer({ min: 2, max: 4 }) }),
  fc.record({ kind: fc.constant('yard' as const), key: fc.constantFrom('p', 'q'), n: fc.integer() }),
  fc.record({ kind: fc.constant('unshift' as const), n: fc.integer() }),
);

function run(doc: Doc, o: Op): void {
  const area = doc.profiles.a!;
  const items = area.items;
  const at = items.length === 0 ? -1 : ('at' in o ? o.at : 0) % items.length;
  switch (o.kind) {
    case 'push':
      items.push({ n: o.n, tags: ['t'] });
      break;
    case 'unshift':
      items.unshift({ n: o.n, tags: [] });
      break;
    case 'splice':
      if (at >= 0) items.splice(at, 1);
      break;
    case 'edit':
      if (at >= 0) items[at]!.n = o.n;
      break;
    case 'nested':
      if (at >= 0) (items[at]!.tags as unknown[]).push(o.n);
      break;
    case 'put':
      area.byId[o.key] = { ...(area.byId[o.key] ?? {}), n: o.n };
      break;
    case 'drop':
      delete area.byId[o.key];
      break;
    case 'filter':
      area.items = items.filter((item) => Number(item.n) % o.n !== 0);
      break;
    case 'yard':
      doc.yard[o.key] = { at: o.n, list: [o.n] };
      break;
  }
}

describe('state log', () => {
  it('runs under the audit in the whole suite', () => {
    expect(process.env.HOOKYARD_STATE_AUDIT).toBe('1');
  });

  it('records changes that rebuild the document from any sequence of mutations', () => {
    fc.assert(
      fc.property(fc.array(fc.array(op, { maxLength: 8 }), { maxLength: 12 }), (groups) => {
        const raw = fresh();
        const rebuilt = copy(raw);
        const tracker = new ChangeTracker(raw);
        for (const group of groups) {
          for (const o of group) run(tracker.data, o);
          applyChanges(rebuilt, copy(tracker.take()));
          expect(rebuilt).toEqual(copy(raw));
        }
      }),
      { seed: 20261201, numRuns: 300 },
    );
  });

  it('writes only the entry that changed, however many are stored', () => {
    const raw = fresh();
    const tracker = new ChangeTracker(raw);
    for (let i = 0; i < 5000; i++) tracker.data.profiles.a!.items.push({ n: i, tags: [] });
    tracker.take();
    tracker.data.profiles.a!.items[4321]!.n = -1;
    const changes = tracker.take();
    expect(changes).toEqual([{ path: ['profiles', 'a', 'items', '4321'], value: { n: -1, tags: [] } }]);
  });

  it('finds an entry that moved in its array before its change was taken', () => {
    const raw = fresh();
    const tracker = new ChangeTracker(raw);
    const items = tracker.data.profiles.a!.items;
    items.push({ n: 0 }, { n: 1 }, { n: 2 });
    tracker.take();
    const last = items[2]!;
    items.splice(0, 1);
    tracker.take();
    last.n = 20;
    expect(tracker.take()).toEqual([{ path: ['profiles', 'a', 'items', '1'], value: { n: 20 } }]);
  });

  it('the audit reports a change made behind the tracker', () => {
    const raw = fresh();
    const tracker = new ChangeTracker(raw);
    const audit = new StateAudit(raw);
    tracker.data.profiles.a!.items.push({ n: 1 });
    expect(audit.check(raw, tracker.take())).toBeNull();
    raw.profiles.a!.items[0]!.n = 2;
    expect(audit.check(raw, tracker.take())).toMatch(/^profiles\.a\.items\.0\.n: the document has 2, the log 1/);
  });

  it('fails the commits of a memory and a disk store once a change escaped the tracker', async () => {
    for (const state of [inMemoryDataDir().state, (await open(dirOf())).store]) {
      const outside = { n: 1 };
      state.data.yard.held = outside;
      await state.commit();
      // A reference kept from before it went into the document: written behind the tracker.
      outside.n = 2;
      await expect(state.commit()).rejects.toThrow(/state audit|AUDIT/);
    }
  });

  it('keeps every committed change without a close, in a log of what changed', async () => {
    const dir = dirOf();
    const first = await open(dir);
    for (let i = 0; i < 200; i++) first.store.data.profiles.a!.items.push({ n: i });
    await first.store.commit();
    first.store.data.profiles.a!.items[7]!.n = 'seven';
    await first.store.commit();
    // No flush, no close: what a kill -9 leaves.
    const [log] = logsIn(dir);
    const lines = readFileSync(join(dir, log!), 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]!.length).toBeLessThan(100);
    const again = await open(dir);
    expect(again.store.data.profiles.a!.items).toHaveLength(200);
    expect(again.store.data.profiles.a!.items[7]).toEqual({ n: 'seven' });
  });

  it('folds the log into a new snapshot and removes it; a crash between the two loses nothing', async () => {
    const dir = dirOf();
    let snapshotWritten: () => void = () => undefined;
    const snapshot = new Promise<void>((resolve) => (snapshotWritten = resolve));
    const first = await open(dir, 2000, (path) => path.endsWith('state.json') && snapshotWritten());
    for (let i = 0; i < 100; i++) {
      first.store.data.profiles.a!.byId[`k${i}`] = { n: i, pad: 'x'.repeat(40) };
      await first.store.commit();
    }
    // The log passed 2,000 bytes long before the 100th change: a snapshot was written meanwhile.
    await snapshot;
    const written = JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8')) as Doc;
    expect(Object.keys(written.profiles.a!.byId).length).toBeGreaterThan(10);
    for (const log of logsIn(dir)) expect(statSync(join(dir, log)).size).toBeLessThan(8000);
    await first.store.flush();
    expect(logsIn(dir)).toEqual([]);
    // A retired generation still present (killed before its removal) replays harmlessly.
    writeFileSync(join(dir, 'state.000001.log'), `${JSON.stringify([[['profiles', 'a', 'byId', 'k3'], { n: 'old' }]])}\n`);
    appendFileSync(
      join(dir, 'state.000001.log'),
      `${JSON.stringify([[['profiles', 'a', 'byId', 'k3'], { n: 3, pad: 'x'.repeat(40) }]])}\n`,
    );
    const again = await open(dir);
    expect(Object.keys(again.store.data.profiles.a!.byId)).toHaveLength(100);
    expect(again.store.data.profiles.a!.byId.k3).toEqual({ n: 3, pad: 'x'.repeat(40) });
  });

  it('cuts a torn last record and skips an unreadable one, keeping the original aside', async () => {
    const dir = dirOf();
    const first = await open(dir);
    first.store.data.yard.a = 1;
    await first.store.commit();
    first.store.data.yard.b = 2;
    await first.store.commit();
    const [log] = logsIn(dir);
    const path = join(dir, log!);
    const [one, two] = readFileSync(path, 'utf8').trimEnd().split('\n');
    writeFileSync(path, `${one}\n{not json\n${two}\n[[["yard","c"],3`);
    copyFileSync(path, join(dir, 'before'));
    const again = await open(dir);
    expect(again.store.data.yard).toEqual({ a: 1, b: 2 });
    expect(again.notices.join('\n')).toMatch(/torn last record/);
    expect(again.notices.join('\n')).toMatch(/skipped 1 unreadable record/);
    const aside = readdirSync(dir).find((n) => n.includes('.corrupt-'));
    expect(readFileSync(join(dir, aside!), 'utf8')).toContain('{not json');
    again.store.data.yard.d = 4;
    await again.store.commit();
    const third = await open(dir);
    expect(third.store.data.yard).toEqual({ a: 1, b: 2, d: 4 });
  });
});
