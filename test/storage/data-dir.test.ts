import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirLockedError, openDataDir } from '../../src/storage/index.js';

const NOW = Date.parse('2026-11-22T10:00:00Z');
const fresh = () => join(mkdtempSync(join(tmpdir(), 'hookyard-data-')), '.hookyard');
const mode = (path: string) => statSync(path).mode & 0o777;

describe('data folder', () => {
  it('creates a 0700 folder with its own .gitignore and writes 0600 files', async () => {
    const dir = fresh();
    const data = await openDataDir({ dir, now: NOW });
    expect(mode(dir)).toBe(0o700);
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toMatch(/^\*$/m);
    data.state.data.profiles.signa = { endpoints: [1] };
    data.state.changed();
    await data.state.flush();
    expect(mode(join(dir, 'state.json'))).toBe(0o600);
    await data.close();
  });

  it('persists across close and reopen, flushing on close', async () => {
    const dir = fresh();
    const first = await openDataDir({ dir, now: NOW });
    first.state.data.yard.note = 'kept';
    first.state.changed();
    await first.captures.append({ id: 'cap_1' }, [Buffer.from('body')]);
    await first.close();
    const second = await openDataDir({ dir, now: NOW });
    expect(second.state.data.yard.note).toBe('kept');
    const kept: Array<[unknown, string]> = [];
    const refs: Array<Parameters<typeof second.captures.readBlob>[0]> = [];
    await second.captures.replay((record, ref) => {
      kept.push([record, '']);
      refs.push(ref);
    });
    expect(kept.map(([r]) => r)).toEqual([{ id: 'cap_1' }]);
    expect((await second.captures.readBlob(refs[0]!, 0)).toString()).toBe('body');
    await second.close();
  });

  it('coalesces many changes into a few writes', async () => {
    const dir = fresh();
    const written: string[] = [];
    const data = await openDataDir({ dir, now: NOW, onWrite: (path) => written.push(path) });
    for (let i = 0; i < 1000; i++) {
      data.state.data.yard.count = i;
      data.state.changed();
      if (i % 100 === 0) await new Promise((r) => setImmediate(r));
    }
    await data.state.flush();
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThanOrEqual(12);
    expect(JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8')).yard.count).toBe(999);
    await data.close();
  });

  it('lets one writer in and tells the second what to do', async () => {
    const dir = fresh();
    const first = await openDataDir({ dir, now: NOW });
    await expect(openDataDir({ dir, now: NOW })).rejects.toThrow(DataDirLockedError);
    await expect(openDataDir({ dir, now: NOW })).rejects.toThrow(/in use by another hookyard \(pid \d+\).*--data-dir.*--memory/);
    await first.close();
    const again = await openDataDir({ dir, now: NOW });
    await again.close();
  });

  it('takes over the lock of a hookyard that is gone', async () => {
    const dir = fresh();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'lock'), JSON.stringify({ pid: 2147483646, startedAt: 'x' }));
    const warnings: string[] = [];
    const data = await openDataDir({ dir, now: NOW, logger: { warn: (m) => warnings.push(m) } });
    expect(warnings.join()).toMatch(/taking over/);
    await data.close();
  });

  it('moves a corrupt file aside, reports it and starts', async () => {
    for (const [file, content] of [
      ['state.json', '{"version":1,"profiles":'],
      ['captures.json', '{"version":1,"captures":"nope"}'],
    ] as const) {
      const dir = fresh();
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, file), content);
      const warnings: string[] = [];
      const data = await openDataDir({ dir, now: NOW, logger: { warn: (m) => warnings.push(m) } });
      expect(data.corrupt).toHaveLength(1);
      expect(data.corrupt[0]!.movedTo).toBe(join(dir, `${file}.corrupt-2026-11-22T10-00-00.000Z`));
      expect(readFileSync(data.corrupt[0]!.movedTo, 'utf8')).toBe(content);
      expect(warnings.join()).toMatch(/was corrupt/);
      expect(readdirSync(dir)).not.toContain(file);
      await data.close();
    }
  });

  it('touches no disk with memory', async () => {
    const dir = fresh();
    const data = await openDataDir({ dir, memory: true, now: NOW });
    data.state.changed();
    await data.close();
    expect(existsSync(dir)).toBe(false);
  });
});
