import {
  appendFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  truncateSync,
  writeFileSync,
  mkdirSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startHookyard } from '../../src/server/start-hookyard.js';
import { openDataDir, StorageHealth } from '../../src/storage/index.js';
import { SegmentJournal } from '../../src/storage/journal/index.js';

const fresh = () => join(mkdtempSync(join(tmpdir(), 'hookyard-recover-')), '.hookyard');

async function yardOn(dir: string, warnings: string[] = [], maxCaptures = 1000) {
  const logger = { info() {}, warn: (m: string) => warnings.push(m), error: (m: string) => warnings.push(m) };
  return startHookyard({
    port: 0,
    maxCaptures,
    logger,
    openStorage: () => openDataDir({ dir, now: Date.parse('2026-11-22T10:00:00Z'), logger, maxCaptures }),
  });
}

async function capture(url: string, n: number): Promise<string> {
  const r = await fetch(`${url}/in/r/${n}`, { method: 'POST', body: `body ${n}` });
  expect(r.status).toBe(200);
  return ((await r.json()) as { id: string }).id;
}

async function ids(yard: Awaited<ReturnType<typeof yardOn>>): Promise<string[]> {
  return (await yard.api<{ items: Array<{ id: string }> }>('GET', '/captures?limit=1000')).items.map((c) => c.id);
}

const segments = (dir: string) =>
  readdirSync(join(dir, 'captures'))
    .filter((f) => f.endsWith('.jsonl'))
    .sort();

describe('journal recovery', () => {
  it('reads a segment larger than one parse chunk whole, in order', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'hookyard-chunks-')), 'j');
    const options = { label: 'test', health: new StorageHealth(), segmentRecords: 100_000, now: 0 };
    const journal = new SegmentJournal(dir, options);
    await journal.replay(() => undefined);
    // About 1.8 MB of records in one segment: the replay parses it in several chunks.
    await Promise.all(Array.from({ length: 6000 }, (_, i) => journal.append({ i, pad: 'p'.repeat(280) }, [Buffer.from(`b${i}`)])));
    await journal.close();
    expect(statSync(join(dir, '000001.jsonl')).size).toBeGreaterThan(1_500_000);
    const again = new SegmentJournal(dir, options);
    const seen: number[] = [];
    const report = await again.replay((record) => seen.push((record as { i: number }).i));
    expect(report.notices).toEqual([]);
    expect(seen).toEqual(Array.from({ length: 6000 }, (_, i) => i));
    await again.close();
  });

  it('cuts a torn final record, reports it and keeps the rest', async () => {
    const dir = fresh();
    const first = await yardOn(dir);
    const kept = [await capture(first.url, 1), await capture(first.url, 2)];
    await first.close();
    appendFileSync(join(dir, 'captures', segments(dir).at(-1)!), '{"m":{"k":"c","s":{"id":"cap_torn"');
    const warnings: string[] = [];
    const again = await yardOn(dir, warnings);
    expect(await ids(again)).toEqual([...kept].reverse());
    expect(warnings.join('\n')).toMatch(/cut a torn record \(\d+ bytes\)/);
    // Appends continue after the cut, on a clean line.
    const third = await capture(again.url, 3);
    await again.close();
    const last = await yardOn(dir);
    expect(await ids(last)).toEqual([third, ...[...kept].reverse()]);
    await last.close();
  });

  it('cuts records at the end whose bodies were not completely written, and says so', async () => {
    const dir = fresh();
    const first = await yardOn(dir);
    const made = [await capture(first.url, 1), await capture(first.url, 2), await capture(first.url, 3)];
    await first.close();
    const blob = join(dir, 'captures', segments(dir)[0]!.replace('.jsonl', '.blob'));
    truncateSync(blob, statSync(blob).size - 3);
    const warnings: string[] = [];
    const again = await yardOn(dir, warnings);
    expect(await ids(again)).toEqual([made[1], made[0]]);
    expect(warnings.join('\n')).toMatch(/cut 1 record\(s\) whose bodies were not completely written/);
    expect(readdirSync(join(dir, 'captures')).some((f) => f.includes('.corrupt-'))).toBe(false);
    // Appending goes on after the cut.
    const later = await capture(again.url, 4);
    expect(await ids(again)).toEqual([later, made[1], made[0]]);
    await again.close();
  });

  it('keeps the good records of a segment with an unreadable one, and moves the original aside', async () => {
    const dir = fresh();
    const first = await yardOn(dir);
    const made = [await capture(first.url, 1), await capture(first.url, 2), await capture(first.url, 3)];
    await first.close();
    const meta = join(dir, 'captures', segments(dir)[0]!);
    const lines = readFileSync(meta, 'utf8').split('\n');
    lines[1] = `${lines[1]!.slice(0, 20)}#`;
    writeFileSync(meta, lines.join('\n'));
    const warnings: string[] = [];
    const again = await yardOn(dir, warnings);
    expect(await ids(again)).toEqual([made[2], made[0]]);
    expect(warnings.join('\n')).toMatch(/1 unreadable record\(s\).*kept the other 2, the original is at .*corrupt-/);
    expect(readdirSync(join(dir, 'captures')).some((f) => f.includes('.corrupt-'))).toBe(true);
    await again.close();
  });

  it('starts on an empty segment and on a segment of zeros', async () => {
    for (const content of [Buffer.alloc(0), Buffer.alloc(4096)]) {
      const dir = fresh();
      const first = await yardOn(dir);
      const kept = await capture(first.url, 1);
      await first.close();
      writeFileSync(join(dir, 'captures', '000009.jsonl'), content);
      const again = await yardOn(dir);
      expect(await ids(again)).toEqual([kept]);
      const next = await capture(again.url, 2);
      await again.close();
      const last = await yardOn(dir);
      expect(await ids(last)).toEqual([next, kept]);
      await last.close();
    }
  });

  it('bounds the disk by the ring: old segments are deleted', async () => {
    const dir = fresh();
    const yard = await yardOn(dir, [], 32);
    for (let n = 0; n < 200; n++) await capture(yard.url, n);
    expect((await ids(yard)).length).toBe(32);
    // A segment holds an eighth of the ring (at least 16): at most the ring plus one segment stays.
    expect(segments(dir).length).toBeLessThanOrEqual(4);
    await yard.close();
  });

  it('converts a data folder of the single-document format once, and says so', async () => {
    const dir = fresh();
    mkdirSync(dir, { recursive: true });
    const oldCapture = {
      id: 'cap_old1',
      channel: 'legacy',
      method: 'POST',
      path: '',
      url: 'http://localhost/in/legacy',
      query: '',
      headers: [['content-type', 'text/plain']],
      remoteAddress: null,
      receivedAt: '2026-11-01T10:00:00.000Z',
      size: 5,
      contentType: 'text/plain',
      bodyBase64: Buffer.from('hello').toString('base64'),
      verdict: null,
      response: { status: 200 },
    };
    writeFileSync(join(dir, 'captures.json'), JSON.stringify({ version: 1, captures: [oldCapture] }));
    const event = {
      id: 'evt_old',
      profile: 'signa',
      type: 'alert.created',
      createdAt: '2026-11-01T10:00:00.000Z',
      body: '{"id":"evt_old"}',
    };
    const attempt = {
      id: 'att_old',
      number: 1,
      at: '2026-11-01T10:00:00.000Z',
      scheduledAt: '2026-11-01T10:00:00.000Z',
      ok: true,
      status: 200,
      durationMs: 3,
      errorKind: null,
      errorMessage: null,
      request: { url: 'http://127.0.0.1:9/x', headers: { 'content-type': 'application/json' }, body: '{"id":"evt_old"}' },
      response: { headers: {}, body: 'ok', truncated: false },
    };
    const delivery = {
      id: 'dlv_old',
      eventId: 'evt_old',
      eventType: 'alert.created',
      profile: 'signa',
      endpointId: 'whk_x',
      url: 'http://127.0.0.1:9/x',
      state: 'succeeded',
      nextAttemptAt: null,
      attempts: [attempt],
    };
    writeFileSync(
      join(dir, 'state.json'),
      JSON.stringify({
        version: 1,
        profiles: {},
        yard: { note: 'kept', delivery: { events: [event], deliveries: [delivery], failingSince: {} } },
      }),
    );
    const warnings: string[] = [];
    const yard = await yardOn(dir, warnings);
    const back = await yard.api<{ bodyBase64: string }>('GET', '/captures/cap_old1');
    expect(Buffer.from(back.bodyBase64, 'base64').toString()).toBe('hello');
    const full = await yard.api<{ attempts: Array<{ response: { body: string }; request: { body: string } }> }>(
      'GET',
      '/deliveries/dlv_old',
    );
    expect(full.attempts[0]).toMatchObject({ response: { body: 'ok' }, request: { body: '{"id":"evt_old"}' } });
    expect(warnings.join('\n')).toMatch(/converted 1 capture\(s\) from captures.json/);
    expect(warnings.join('\n')).toMatch(/converted 1 event\(s\) and 1 deliveries/);
    await yard.close();
    expect(existsSync(join(dir, 'captures.json'))).toBe(false);
    const state = JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8')) as { yard: Record<string, unknown> };
    expect(state.yard.delivery).toBeUndefined();
    expect(state.yard.note).toBe('kept');
    const again: string[] = [];
    const second = await yardOn(dir, again);
    expect(await ids(second)).toEqual(['cap_old1']);
    expect(again.join('\n')).not.toMatch(/converted/);
    await second.close();
  });
});
