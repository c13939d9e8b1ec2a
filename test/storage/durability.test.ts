import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { flood, startYard, type RunningYard } from './child-process.js';

const SIGNA = { authorization: 'Bearer hy_signa_test', 'content-type': 'application/json' };
const running: RunningYard[] = [];

afterEach(() => {
  for (const yard of running.splice(0)) yard.child.kill('SIGKILL');
});

async function yardOn(dir: string, options: Parameters<typeof startYard>[1] = {}): Promise<RunningYard> {
  const yard = await startYard(dir, options);
  running.push(yard);
  return yard;
}

async function createSigna(url: string, i: number): Promise<{ status: number; id?: string }> {
  const r = await fetch(`${url}/signa/v1/webhooks`, {
    method: 'POST',
    headers: SIGNA,
    body: JSON.stringify({ url: `https://example.com/hook/${i}`, enabled_events: ['alert.created'] }),
  });
  const body = (await r.json()) as { id?: string };
  return { status: r.status, id: body.id };
}

async function allSignaIds(url: string): Promise<Set<string>> {
  const ids = new Set<string>();
  let after: string | undefined;
  for (;;) {
    const r = await fetch(`${url}/signa/v1/webhooks?limit=100${after ? `&starting_after=${after}` : ''}`, { headers: SIGNA });
    const page = (await r.json()) as { data: Array<{ id: string }>; has_more: boolean };
    for (const w of page.data) ids.add(w.id);
    if (!page.has_more || page.data.length === 0) return ids;
    after = page.data.at(-1)!.id;
  }
}

async function allCaptureIds(url: string): Promise<Set<string>> {
  const r = await fetch(`${url}/_yard/api/captures?limit=100000`);
  const page = (await r.json()) as { items: Array<{ id: string }> };
  return new Set(page.items.map((c) => c.id));
}

/** Waits for the workbench to report a storage state (the retry runs on its own timer). */
async function storageBecomes(
  url: string,
  state: 'ok' | 'failing',
): Promise<{ storage: string; storageFailures: Array<{ code: string; file: string }> }> {
  for (;;) {
    const health = (await (await fetch(`${url}/_yard/api/health`)).json()) as {
      storage: string;
      storageFailures: Array<{ code: string; file: string }>;
    };
    if (health.storage === state) return health;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('storage durability (real child processes, real files)', () => {
  it('keeps every acknowledged capture and created webhook after kill -9', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'hookyard-kill-')), '.hookyard');
    const yard = await yardOn(dir);
    const body = JSON.stringify({ type: 'order.paid', data: { amount: 1200 } });
    const [captures, creates] = await Promise.all([
      flood(500, 8, async (i) => {
        const r = await fetch(`${yard.url}/in/dur/${i}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        return r.status === 200 ? ((await r.json()) as { id: string }).id : null;
      }),
      flood(500, 8, (i) => createSigna(yard.url, i)),
    ]);
    yard.child.kill('SIGKILL');
    expect(await yard.exited).toBe('SIGKILL');
    const ackedCaptures = captures.filter((id): id is string => id !== null);
    const ackedWebhooks = creates.filter((c) => c.status === 200).map((c) => c.id!);
    expect(ackedCaptures).toHaveLength(500);
    expect(ackedWebhooks).toHaveLength(500);

    const again = await yardOn(dir);
    const keptCaptures = await allCaptureIds(again.url);
    const keptWebhooks = await allSignaIds(again.url);
    expect(ackedCaptures.filter((id) => !keptCaptures.has(id))).toEqual([]);
    expect(ackedWebhooks.filter((id) => !keptWebhooks.has(id))).toEqual([]);
  }, 60_000);

  it('keeps answering while the data folder is read-only, warns that the snapshot waits, and loses nothing', async () => {
    const root = mkdtempSync(join(tmpdir(), 'hookyard-ro-'));
    const dir = join(root, '.hookyard');
    // As root, chmod does not stop writes: run the workbench as an unprivileged user.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    if (asUser.uid !== undefined) chmodSync(root, 0o777);
    const yard = await yardOn(dir, asUser);
    if (asUser.uid !== undefined) chownSync(dir, asUser.uid, asUser.gid!);
    const first = await createSigna(yard.url, 1);
    expect(first.status).toBe(200);

    chmodSync(dir, 0o500);
    // The state log and the journals are files already open: appending to them still works.
    const second = await createSigna(yard.url, 2);
    expect(second.status).toBe(200);
    const capture = await fetch(`${yard.url}/in/ro`, { method: 'POST', body: 'x' });
    expect(capture.status).toBe(200);
    yard.child.kill('SIGTERM');
    await yard.exited;
    expect(yard.output()).toMatch(/cannot rewrite .*state\.json \(EACCES\); changes stay safe in the state log/);

    chmodSync(dir, 0o700);
    const again = await yardOn(dir, asUser);
    const kept = await allSignaIds(again.url);
    expect(kept.has(first.id!)).toBe(true);
    expect(kept.has(second.id!)).toBe(true);
  }, 60_000);

  it('answers 503 while writes fail, reports it, and loses nothing once they succeed again', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'hookyard-full-')), '.hookyard');
    const yard = await yardOn(dir);
    const first = await createSigna(yard.url, 1);
    expect(first.status).toBe(200);

    // A file size limit on the running process: every write past it fails with EFBIG, as a full
    // disk fails with ENOSPC, on the real files of a real process.
    const log = readdirSync(dir).find((name) => /^state\.\d+\.log$/.test(name))!;
    const limit = statSync(join(dir, log)).size;
    execFileSync('prlimit', ['--pid', String(yard.child.pid), `--fsize=${limit}:`]);
    const refused = await createSigna(yard.url, 2);
    expect(refused.status).toBe(503);
    const health = await storageBecomes(yard.url, 'failing');
    expect(health.storageFailures[0]).toMatchObject({ code: 'EFBIG' });
    expect(health.storageFailures[0]!.file).toMatch(/state\.\d+\.log$/);
    const whileFailing = await createSigna(yard.url, 3);
    expect(whileFailing.status).toBe(503);
    expect(yard.child.exitCode).toBeNull();

    execFileSync('prlimit', ['--pid', String(yard.child.pid), '--fsize=unlimited:']);
    await storageBecomes(yard.url, 'ok');
    const later = await createSigna(yard.url, 4);
    expect(later.status).toBe(200);
    expect(yard.output()).toMatch(/cannot write .*state\.\d+\.log.*EFBIG/);

    yard.child.kill('SIGKILL');
    await yard.exited;
    const again = await yardOn(dir);
    const kept = await allSignaIds(again.url);
    expect(kept.has(first.id!)).toBe(true);
    expect(kept.has(later.id!)).toBe(true);
  }, 60_000);
});
