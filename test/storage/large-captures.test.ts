import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startHookyard } from '../../src/server/start-hookyard.js';
import { openDataDir } from '../../src/storage/index.js';
import { flood } from './child-process.js';

describe('large captures', () => {
  it('acknowledges 300 captures of just under 1 MiB in a row and keeps them byte-exact', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'hookyard-large-')), '.hookyard');
    const yard = await startHookyard({ port: 0, openStorage: () => openDataDir({ dir, now: Date.now() }) });
    const body = Buffer.alloc(1024 * 1024 - 64, 'a');
    body.write('{"first":true}', 0);
    const statuses = await flood(300, 4, async (i) => (await fetch(`${yard.url}/in/big/${i}`, { method: 'POST', body })).status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(300);
    const page = await yard.api<{ items: Array<{ id: string; size: number }>; total: number }>('GET', '/captures?limit=5');
    expect(page.total).toBe(300);
    const one = await yard.api<{ bodyBase64: string }>('GET', `/captures/${page.items[2]!.id}`);
    expect(Buffer.from(one.bodyBase64, 'base64').equals(body)).toBe(true);
    await yard.close();
  }, 120_000);
});
