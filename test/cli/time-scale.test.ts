import { spawn } from 'node:child_process';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from '../support/run-binary.js';

describe('hookyard dev --time-scale', () => {
  it('shows the scale, keeps the clock real and signs deliveries with real timestamps', async () => {
    const seen: IncomingHttpHeaders[] = [];
    const receiver = createServer((req, res) => {
      seen.push(req.headers);
      req.resume();
      req.on('end', () => res.end('ok'));
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const hook = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    const cwd = mkdtempSync(join(tmpdir(), 'hookyard-scale-'));
    const child = spawn(process.execPath, [BIN, '--port', '0', '--no-open', '--memory', '--time-scale', '60'], { cwd, env: { ...process.env, HOOKYARD_TEST_MODE: '1' } });
    let out = '';
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /listening on (http:\/\/\S+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.stderr.on('data', (d: Buffer) => (out += d.toString()));
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    try {
      expect(out).toMatch(/time scale ×60/);
      const clock = (await (await fetch(`${url}/_yard/api/clock`)).json()) as { now: string };
      expect(Math.abs(Date.parse(clock.now) - Date.now())).toBeLessThan(5000);
      const auth = { authorization: 'Bearer hy_signa_test', 'content-type': 'application/json' };
      const created = await fetch(`${url}/signa/v1/webhooks`, { method: 'POST', headers: auth, body: JSON.stringify({ url: hook, enabled_events: ['alert.created'] }) });
      expect(created.status).toBe(200);
      const fired = await fetch(`${url}/_yard/api/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ profile: 'signa', type: 'alert.created' }) });
      expect(fired.status).toBeLessThan(300);
      expect(seen).toHaveLength(1);
      const t = Number(/t=(\d+)/.exec(String(seen[0]!['signa-signature']))?.[1]);
      expect(Math.abs(t - Date.now() / 1000)).toBeLessThan(5);
    } finally {
      child.kill('SIGTERM');
      await exited;
      receiver.close();
    }
  });
});
