import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CapturesDocument, CorruptFileReport, DataDir, StateDocument } from './types.js';
import { acquireLock } from './data-dir-lock.js';
import { openDocument } from './document-file.js';
import { inMemoryDataDir } from './in-memory-data-dir.js';

export interface OpenDataDirOptions {
  dir: string;
  memory?: boolean;
  /** Unix ms: names corrupt files and the lock. */
  now: number;
  logger?: { warn(message: string): void };
  /** Called after each file write (tests count them). */
  onWrite?(path: string): void;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isState = (v: unknown): v is StateDocument => isObject(v) && v.version === 1 && isObject(v.profiles) && isObject(v.yard);
const isCaptures = (v: unknown): v is CapturesDocument => isObject(v) && v.version === 1 && Array.isArray(v.captures);

/**
 * `.hookyard/`: its own `.gitignore` so secrets are never committed, folder 0700, files 0600,
 * one writer (a lock file), state and captures in separate files.
 */
export async function openDataDir(options: OpenDataDirOptions): Promise<DataDir> {
  if (options.memory) return inMemoryDataDir();
  const dir = resolve(options.dir);
  const warn = (m: string) => options.logger?.warn(m);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700);
  const gitignore = join(dir, '.gitignore');
  if (!existsSync(gitignore)) await writeFile(gitignore, '# hookyard data: secrets live here, never commit it\n*\n', { mode: 0o600 });
  const release = await acquireLock(dir, options.now, warn);
  try {
    const state = await openDocument(join(dir, 'state.json'), (): StateDocument => ({ version: 1, profiles: {}, yard: {} }), isState, options.now, options.onWrite, 250);
    const captures = await openDocument(join(dir, 'captures.json'), (): CapturesDocument => ({ version: 1, captures: [] }), isCaptures, options.now, options.onWrite, 250);
    const corrupt = [state.corrupt, captures.corrupt].filter((c): c is CorruptFileReport => c !== undefined);
    for (const report of corrupt) warn(`${report.file} was corrupt (${report.reason}); moved it to ${report.movedTo} and started fresh`);
    let closed = false;
    return {
      dir,
      state: state.store,
      captures: captures.store,
      corrupt,
      async close() {
        if (closed) return;
        closed = true;
        await Promise.all([state.store.flush(), captures.store.flush()]);
        await release();
      },
    };
  } catch (error) {
    await release();
    throw error;
  }
}
