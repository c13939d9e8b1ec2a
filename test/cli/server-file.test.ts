import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findServer } from '../../src/cli/server-client.js';
import { BIN, runBinary } from '../support/run-binary.js';

/** The environment of a user's shell: no test mode (so the banner prints), no HOOKYARD_URL. */
function userEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !/^(VITEST|HOOKYARD_)/.test(k)) env[k] = v;
  return env;
}

async function occupiedPort(): Promise<{ port: number; close(): Promise<void> }> {
  const blocker = createServer();
  await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
  return { port: (blocker.address() as { port: number }).port, close: () => new Promise((r) => blocker.close(() => r())) };
}

/** `hookyard dev` as a user starts it; resolves with the banner once it is complete. */
function startDev(args: string[], cwd: string) {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env: userEnv() });
  let out = '';
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  const ready = new Promise<{ url: string; banner: string }>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Inspector\s+(http:\/\/\S+?)\/\n[\s\S]*\n\n$/.exec(out);
      if (m) resolve({ url: m[1]!, banner: out });
    });
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`hookyard exited with ${code}: ${out}`)));
  });
  return { ready, exited, stop: () => (child.kill('SIGTERM'), exited) };
}

describe('server.json: trigger and listen find the workbench on another port', () => {
  it('records the URL, finds it from the same folder, lets --server and HOOKYARD_URL win, removes it on stop', async () => {
    const blocker = await occupiedPort();
    const cwd = mkdtempSync(join(tmpdir(), 'hookyard-found-'));
    const dev = startDev(['--port', String(blocker.port), '--no-open'], cwd);
    try {
      const { url, banner } = await dev.ready;
      expect(url).not.toBe(`http://127.0.0.1:${blocker.port}`);
      expect(banner).toMatch(new RegExp(`port ${blocker.port} was in use; using \\d+`));
      expect(banner).toMatch(/hookyard trigger \/ listen run in this folder find this workbench through \.hookyard\/server\.json/);
      const record = JSON.parse(readFileSync(join(cwd, '.hookyard', 'server.json'), 'utf8'));
      expect(record).toMatchObject({ url, pid: expect.any(Number) });

      const trigger = await runBinary(['trigger', 'user.created'], { cwd, env: userEnv() });
      expect(trigger.stderr).toBe('');
      expect(trigger.code).toBe(0);
      expect(trigger.stdout).toMatch(/appkit user.created msg_\S+ → 0 endpoint/);
      expect(trigger.stdout).toContain(`(workbench ${url})`);
      const events = (await (await fetch(`${url}/_yard/api/events`)).json()) as { items?: unknown[] } | unknown[];
      expect(JSON.stringify(events)).toContain('user.created');

      const listen = spawn(process.execPath, [BIN, 'listen', '--forward-to', 'http://127.0.0.1:9/'], { cwd, env: userEnv() });
      const line = await new Promise<string>((resolve) => listen.stdout.on('data', (d: Buffer) => resolve(d.toString())));
      expect(line).toContain(`from ${url}/in/`);
      listen.kill('SIGINT');

      const second = await runBinary(['--port', '0', '--no-open'], { cwd, env: userEnv() });
      expect(second.code).toBe(1);
      expect(second.stderr).toContain(`is in use by another hookyard`);
      expect(second.stderr).toContain(`It is running at ${url}/`);

      const flag = await runBinary(['trigger', 'user.created', '--server', 'http://127.0.0.1:9'], { cwd, env: userEnv() });
      expect(flag.stderr).toMatch(/no hookyard workbench answers at http:\/\/127.0.0.1:9/);
      const env = await runBinary(['trigger', 'user.created'], { cwd, env: { ...userEnv(), HOOKYARD_URL: 'http://127.0.0.1:9' } });
      expect(env.stderr).toMatch(/no hookyard workbench answers at http:\/\/127.0.0.1:9/);
    } finally {
      expect(await dev.stop()).toBe(0);
      await blocker.close();
    }
    expect(existsSync(join(cwd, '.hookyard', 'server.json'))).toBe(false);
  });

  it('follows the data folder of HOOKYARD_DATA_DIR and ignores a file whose process is gone', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'hookyard-found-'));
    const dir = join(cwd, 'elsewhere');
    mkdirSync(dir);
    writeFileSync(join(dir, 'server.json'), JSON.stringify({ url: 'http://127.0.0.1:4999/', pid: process.pid, startedAt: '' }));
    expect(findServer(undefined, { HOOKYARD_DATA_DIR: dir }, cwd)).toMatchObject({ url: 'http://127.0.0.1:4999', source: 'server-file' });
    expect(findServer(undefined, {}, cwd)).toEqual({ url: 'http://127.0.0.1:4400', source: 'default' });
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(join(dir, 'server.json'), JSON.stringify({ url: 'http://127.0.0.1:4999', pid: Number(gone.stdout), startedAt: '' }));
    expect(findServer(undefined, { HOOKYARD_DATA_DIR: dir }, cwd).source).toBe('default');
    const flag = findServer('http://127.0.0.1:1/', { HOOKYARD_URL: 'http://127.0.0.1:2' }, cwd);
    expect(flag).toEqual({ url: 'http://127.0.0.1:1', source: 'flag' });
    expect(findServer(undefined, { HOOKYARD_URL: 'http://127.0.0.1:2' }, cwd)).toEqual({ url: 'http://127.0.0.1:2', source: 'env' });
  });
});
