import { spawn, type ChildProcess } from 'node:child_process';
import { BIN } from '../support/run-binary.js';

export interface RunningYard {
  url: string;
  child: ChildProcess;
  output(): string;
  /** Resolves with the exit code or signal. */
  exited: Promise<number | string | null>;
}

/** Starts `hookyard dev` as a real child process on a data folder and waits for its URL. */
export function startYard(dataDir: string, options: { uid?: number; gid?: number; extra?: string[] } = {}): Promise<RunningYard> {
  const child = spawn(process.execPath, [BIN, 'dev', '--port', '0', '--no-open', '--data-dir', dataDir, ...(options.extra ?? [])], {
    env: { ...process.env, HOOKYARD_TEST_MODE: '1' },
    uid: options.uid,
    gid: options.gid,
  });
  let out = '';
  const exited = new Promise<number | string | null>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal)));
  return new Promise((resolve, reject) => {
    const onData = (d: Buffer) => {
      out += d.toString('utf8');
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve({ url: m[1]!, child, output: () => out, exited });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => reject(new Error(`hookyard exited (${code}) before listening: ${out}`)));
  });
}

/** Runs `count` calls with `concurrency` in flight; returns their results in order. */
export async function flood<T>(count: number, concurrency: number, call: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        results[i] = await call(i);
      }
    }),
  );
  return results;
}
