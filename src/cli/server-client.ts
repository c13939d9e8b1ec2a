import { join } from 'node:path';
import { resolveConfig } from '../config/index.js';
import { readServerFile, SERVER_FILE } from './server-file.js';

type Env = Readonly<Record<string, string | undefined>>;

export interface FoundServer {
  url: string;
  /** Where the URL came from, for messages. */
  source: 'flag' | 'env' | 'server-file' | 'default';
  /** The server.json read, when source is 'server-file'. */
  file?: string;
}

/** The data folder `hookyard dev` would use here (HOOKYARD_DATA_DIR, hookyard.config.json), else ./.hookyard. */
function dataDirFor(env: Env, cwd: string): string {
  try {
    return resolveConfig({ flags: {}, env, cwd, testMode: true }).dataDir;
  } catch {
    return join(cwd, '.hookyard');
  }
}

/**
 * Commands that need a running workbench find it: --server, else HOOKYARD_URL, else the URL the
 * workbench recorded in its data folder (server.json, while its process lives), else :4400.
 */
export function findServer(flag: string | undefined, env: Env, cwd: string = process.cwd()): FoundServer {
  const clean = (url: string) => url.replace(/\/+$/, '');
  if (flag) return { url: clean(flag), source: 'flag' };
  if (env.HOOKYARD_URL) return { url: clean(env.HOOKYARD_URL), source: 'env' };
  const dataDir = dataDirFor(env, cwd);
  const record = readServerFile(dataDir);
  if (record) return { url: clean(record.url), source: 'server-file', file: join(dataDir, SERVER_FILE) };
  return { url: 'http://127.0.0.1:4400', source: 'default' };
}

export function serverUrl(flag: string | undefined, env: Env, cwd: string = process.cwd()): string {
  return findServer(flag, env, cwd).url;
}

export class ServerError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ServerError';
  }
}

export async function controlCall<T>(server: string, method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${server}/_yard/api${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ServerError(
      `no hookyard workbench answers at ${server}: start one with \`hookyard\` (or \`npm start\`), or point --server / HOOKYARD_URL at it`,
    );
  }
  const text = await response.text();
  const json = text ? (JSON.parse(text) as T & { error?: { message?: string } }) : (undefined as T);
  if (!response.ok)
    throw new ServerError(
      (json as { error?: { message?: string } } | undefined)?.error?.message ?? `${method} ${path} answered ${response.status}`,
      response.status,
    );
  return json;
}
