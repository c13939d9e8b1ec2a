import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { BIN } from '../support/run-binary.js';

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Raw HTTP on loopback: the Host, headers and bytes are exactly what a hostile client sends. */
export function raw(
  port: number,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string | Uint8Array,
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, method, path, headers, setHost: !Object.keys(headers).some((h) => h.toLowerCase() === 'host') },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (d: Buffer) => chunks.push(d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export function json(text: string): any {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A JSON text nested `depth` levels deep around `leaf`, built without recursion. */
export function deepJson(depth: number, leaf = '1'): string {
  return `${'{"a":'.repeat(depth)}${leaf}${'}'.repeat(depth)}`;
}

/** Starts `hookyard dev` in `cwd` as a child process; resolves once it listens. */
export function startDev(
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
      const stop = (signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> => {
        child.kill(signal);
        return exited;
      };
      if (m) resolve({ url: m[1]!, output: () => out, stop });
    });
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`hookyard exited with ${code} before listening: ${out}`)));
  });
}

/** Headers that authenticate as the profile's test key (PipAI signs each request). */
export function authHeaders(
  profile: { auth: { kind: string }; defaultApiKeys: ReadonlyArray<{ key: string; apiSecret?: string }> },
  method: string,
  wirePath: string,
  search: string,
  body: Uint8Array | string,
  now = Date.now(),
): Record<string, string> {
  const key = profile.defaultApiKeys[0]!;
  if (profile.auth.kind === 'bearer') return { authorization: `Bearer ${key.key}` };
  const timestamp = String(now);
  const signature = createHmac('sha256', key.apiSecret!)
    .update(`${timestamp}${method.toUpperCase()}${wirePath}${search}`)
    .update(typeof body === 'string' ? Buffer.from(body) : body)
    .digest('hex');
  return { 'x-pipai-api-key': key.key, 'x-pipai-timestamp': timestamp, 'x-pipai-signature': signature };
}
