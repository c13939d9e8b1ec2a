import { spawn } from 'node:child_process';
import type { ProfileDefinition } from '../../src/profiles/types.js';
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

/** Headers that authenticate as the profile's test key, the way its own auth wants them. */
export function authHeaders(
  profile: Pick<ProfileDefinition, 'auth' | 'defaultApiKeys'>,
  method: string,
  wirePath: string,
  search: string,
  body: Uint8Array | string,
  now = Date.now(),
): Record<string, string> {
  return profile.auth.requestHeaders(profile.defaultApiKeys[0]!, { method, path: wirePath, search, body, now });
}
