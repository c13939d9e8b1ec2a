import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { startHookyard } from '../../src/server/start-hookyard.js';
import { BIN } from '../support/run-binary.js';

/** Starts `hookyard listen` against a workbench; resolves once it says it is forwarding. */
async function startListen(server: string) {
  const args = ['listen', '--forward-to', 'http://127.0.0.1:9/app', '--server', server];
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (/forwarding/.test(stdout)) resolve();
    });
    child.on('exit', () => reject(new Error(`listen exited early: ${stderr}`)));
  });
  const stderrMatches = (re: RegExp) =>
    new Promise<void>((resolve) => {
      if (re.test(stderr)) return resolve();
      child.stderr.on('data', () => re.test(stderr) && resolve());
    });
  return { child, exited, stderr: () => stderr, stderrMatches };
}

describe('hookyard listen stopping', () => {
  it('on Ctrl-C (SIGINT) stops at once with exit 0, not blaming the workbench, even with a forward pending', async () => {
    const yard = await startHookyard({ port: 0, memory: true });
    try {
      const listen = await startListen(yard.url);
      await fetch(`${yard.url}/in/pending`, { method: 'POST', body: 'waiting for the app' });
      await listen.stderrMatches(/the app is not answering; 1 capture\(s\) waiting/);
      listen.child.kill('SIGINT');
      expect(await listen.exited).toBe(0);
      expect(listen.stderr()).toMatch(/hookyard listen: stopped \(1 capture\(s\) not forwarded\)/);
      expect(listen.stderr()).not.toMatch(/closed the stream/);
    } finally {
      await yard.close();
    }
  });

  it('says so, exit 1, when the workbench really goes away', async () => {
    const yard = await startHookyard({ port: 0, memory: true });
    const listen = await startListen(yard.url);
    await yard.close();
    expect(await listen.exited).toBe(1);
    expect(listen.stderr()).toMatch(/the workbench closed the stream/);
  });
});
