import { spawn } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runBinary } from '../support/run-binary.js';

/** Starts `hookyard dev`, resolves with its URL once it prints it. */
function startDev(
  args: string[],
  cwd: string,
): Promise<{ url: string; stop(signal?: NodeJS.Signals): Promise<number | null>; output(): string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, HOOKYARD_TEST_MODE: '1' } });
    let out = '';
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve({ url: m[1]!, output: () => out, stop: (signal = 'SIGTERM') => (child.kill(signal), exited) });
    });
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`hookyard exited with ${code} before listening: ${out}`)));
  });
}

describe('hookyard dev', () => {
  it('serves the workbench, persists to .hookyard, and exits 0 on SIGTERM after flushing', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'hookyard-dev-'));
    const dev = await startDev(['--port', '0', '--no-open'], cwd);
    const created = await fetch(`${dev.url}/signa/v1/webhooks`, {
      method: 'POST',
      headers: { authorization: 'Bearer hy_signa_test', 'content-type': 'application/json' },
      body: JSON.stringify({ url: 'https://example.com/h', enabled_events: ['alert.created'] }),
    });
    expect(created.status).toBe(200);
    expect(await dev.stop()).toBe(0);
    expect(statSync(join(cwd, '.hookyard')).mode & 0o777).toBe(0o700);
    const again = await startDev(['--port', '0'], cwd);
    const list = await (await fetch(`${again.url}/signa/v1/webhooks`, { headers: { authorization: 'Bearer hy_signa_test' } })).json();
    expect(list.data).toHaveLength(1);
    expect(await again.stop('SIGINT')).toBe(0);
  });

  it('refuses a second instance on the same data folder, saying what to do', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'hookyard-dev-'));
    const first = await startDev(['--port', '0'], cwd);
    const second = await runBinary(['dev', '--port', '0'], { cwd, env: { HOOKYARD_TEST_MODE: '1' } });
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/in use by another hookyard.*--data-dir.*--memory/);
    await first.stop();
  });

  it('reports bad settings with exit 2, naming their source', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'hookyard-dev-'));
    writeFileSync(join(cwd, 'hookyard.config.json'), '{"port": "x"}');
    const r = await runBinary(['--memory', '--env', 'prod'], { cwd, env: { HOOKYARD_TEST_MODE: '1' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/hookyard.config.json key "port" must be an integer/);
    expect(r.stderr).toMatch(/flag --env must be "sandbox" or "production", got "prod"/);
  });

  it('with --memory writes nothing to disk', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'hookyard-dev-'));
    const dev = await startDev(['--memory', '--port', '0'], cwd);
    await fetch(`${dev.url}/in/x`, { method: 'POST', body: '{}' });
    expect(await dev.stop()).toBe(0);
    expect(() => statSync(join(cwd, '.hookyard'))).toThrow();
  });
});
