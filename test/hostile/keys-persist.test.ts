import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startDev } from './support.js';

describe('run-time API keys', () => {
  it('survive a restart of the real binary on the same data folder (kept in state.json)', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'hookyard-keys-'));
    const call = (url: string, key: string) => fetch(`${url}/signa/v1/webhooks`, { headers: { authorization: `Bearer ${key}` } });
    const first = await startDev(['--port', '0', '--no-open'], cwd);
    const added = await fetch(`${first.url}/_yard/api/keys`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ profile: 'signa', key: 'sk_live_kept', team: 'blue' }),
    });
    expect(added.status).toBe(201);
    const removed = await fetch(`${first.url}/_yard/api/keys`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ profile: 'signa', key: 'sk_live_gone' }),
    });
    expect(removed.status).toBe(201);
    expect((await fetch(`${first.url}/_yard/api/keys/signa/sk_live_gone`, { method: 'DELETE' })).status).toBe(200);
    expect(await first.stop('SIGINT')).toBe(0);
    const again = await startDev(['--port', '0', '--no-open'], cwd);
    expect((await call(again.url, 'sk_live_kept')).status).toBe(200);
    expect((await call(again.url, 'sk_live_gone')).status).toBe(401);
    const listed = (await (await fetch(`${again.url}/_yard/api/keys`)).json()) as Array<{
      profile: string;
      keys: Array<{ key: string; team: string | null; runtime: boolean }>;
    }>;
    expect(listed.find((p) => p.profile === 'signa')!.keys.filter((k) => k.runtime)).toEqual([
      expect.objectContaining({ key: 'sk_live_kept', team: 'blue' }),
    ]);
    expect(await again.stop()).toBe(0);
  });
});
