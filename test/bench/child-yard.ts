import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../../../dist/cli/main.js', import.meta.url));

export interface ChildYard {
  url: string;
  child: ChildProcess;
  /** Process start to the first answered request, ms. */
  startupMs: number;
  /** Peak resident set size so far (VmHWM), MiB. */
  peakRssMiB(): number;
  stop(): Promise<void>;
}

/** `hookyard dev` in a process of its own, so its memory and CPU are its own. */
export async function startChildYard(args: string[], cwd?: string): Promise<ChildYard> {
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, 'dev', '--no-open', '--port', '0', ...args], {
    cwd,
    env: { ...process.env, HOOKYARD_TEST_MODE: '1' },
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /listening on (\S+)/.exec(out);
      if (m) resolve(m[1]!);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', () => reject(new Error(`hookyard exited: ${out}`)));
  });
  await (await fetch(`${url}/_yard/api/health`)).text();
  const startupMs = performance.now() - started;
  return {
    url,
    child,
    startupMs,
    peakRssMiB: () => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024,
    stop: async () => {
      child.kill('SIGTERM');
      if (child.exitCode === null) await new Promise((r) => child.on('exit', r));
    },
  };
}

/** A bare node:http server in its own process: the baseline. */
export async function startBareChild(): Promise<{ url: string; stop(): void }> {
  const code = `const s=require('node:http').createServer((q,r)=>{const c=[];q.on('data',d=>c.push(d));q.on('end',()=>{Buffer.concat(c);r.end('ok')})});s.listen(0,'127.0.0.1',()=>console.log('port '+s.address().port))`;
  const child = spawn(process.execPath, ['-e', code]);
  const port = await new Promise<string>((resolve) => child.stdout.on('data', (d: Buffer) => resolve(/port (\d+)/.exec(String(d))![1]!)));
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}
