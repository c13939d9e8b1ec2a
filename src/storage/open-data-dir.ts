import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CorruptFileReport, DataDir, StateDocument } from './types.js';
import { acquireLock } from './data-dir-lock.js';
import { openDocument } from './document-file.js';
import { inMemoryDataDir } from './in-memory-data-dir.js';
import { StorageHealth } from './storage-health.js';
import { SegmentJournal } from './journal/index.js';
import { readLegacy } from './legacy-format.js';

export interface OpenDataDirOptions {
  dir: string;
  memory?: boolean;
  /** Unix ms: names corrupt files and the lock. */
  now: number;
  logger?: { warn(message: string): void };
  /** Called after each state write (tests count them). */
  onWrite?(path: string): void;
  /** The capture ring's size: a segment holds an eighth of it. */
  maxCaptures?: number;
  /** Delay before a failed state write is retried. */
  retryMs?: number;
}

export type OpenedDataDir = DataDir;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isState = (v: unknown): v is StateDocument => isObject(v) && v.version === 1 && isObject(v.profiles) && isObject(v.yard);

export const HISTORY_SEGMENT_RECORDS = 4000;

/**
 * `.hookyard/`: its own `.gitignore` so secrets are never committed, folder 0700, files 0600, one
 * writer (a lock file). `state.json` is the small lowdb document with its change log
 * (`state.NNNNNN.log`); `captures/` and `history/` are append-only journals.
 */
export async function openDataDir(options: OpenDataDirOptions): Promise<OpenedDataDir> {
  if (options.memory) return { ...inMemoryDataDir(options.maxCaptures), legacy: null };
  const dir = resolve(options.dir);
  const warn = (m: string) => options.logger?.warn(m);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700);
  const gitignore = join(dir, '.gitignore');
  if (!existsSync(gitignore)) await writeFile(gitignore, '# hookyard data: secrets live here, never commit it\n*\n', { mode: 0o600 });
  const release = await acquireLock(dir, options.now, warn);
  try {
    const health = new StorageHealth(options.logger);
    const state = await openDocument(join(dir, 'state.json'), {
      defaults: (): StateDocument => ({ version: 1, profiles: {}, yard: {} }),
      isValid: isState,
      now: options.now,
      health,
      onWrite: options.onWrite,
      retryMs: options.retryMs,
      warn,
    });
    const captureSegment = Math.max(16, Math.ceil((options.maxCaptures ?? 1000) / 8));
    const captures = new SegmentJournal(join(dir, 'captures'), {
      label: 'captures',
      health,
      segmentRecords: captureSegment,
      now: options.now,
    });
    const history = new SegmentJournal(join(dir, 'history'), {
      label: 'delivery history',
      health,
      segmentRecords: HISTORY_SEGMENT_RECORDS,
      now: options.now,
    });
    const corrupt = [state.corrupt].filter((c): c is CorruptFileReport => c !== undefined);
    const legacy = await readLegacy(dir, state.store.data, options.now, corrupt);
    for (const report of corrupt) warn(`${report.file} was corrupt (${report.reason}); moved it to ${report.movedTo} and started fresh`);
    const notices: string[] = [...state.notices];
    let closed = false;
    return {
      dir,
      state: state.store,
      captures,
      history,
      corrupt,
      notices,
      legacy,
      health: () => health.status(),
      async close() {
        if (closed) return;
        closed = true;
        await Promise.allSettled([captures.close(), history.close()]);
        await state.store
          .flush()
          .catch((error: unknown) => warn(`state.json could not be written at shutdown: ${(error as Error).message}`));
        await state.close().catch(() => undefined);
        await release();
      },
    };
  } catch (error) {
    await release();
    throw error;
  }
}
