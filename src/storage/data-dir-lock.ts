import { readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export class DataDirLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      `${dir} is in use by another hookyard (pid ${pid}). Stop that one first, or give this one its own folder with --data-dir DIR, or run it with --memory.`,
    );
    this.name = 'DataDirLockedError';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** One writer per data folder: a lock file with our pid, taken over when its owner is gone. */
export async function acquireLock(dir: string, now: number, log: (message: string) => void): Promise<() => Promise<void>> {
  const path = join(dir, 'lock');
  const content = `${JSON.stringify({ pid: process.pid, startedAt: new Date(now).toISOString() })}\n`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(path, content, { flag: 'wx', mode: 0o600 });
      return async () => {
        await unlink(path).catch(() => undefined);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let pid = NaN;
      try {
        pid = Number((JSON.parse(await readFile(path, 'utf8')) as { pid?: unknown }).pid);
      } catch {
        pid = NaN;
      }
      if (Number.isInteger(pid) && pid > 0 && alive(pid) && pid !== process.pid) throw new DataDirLockedError(dir, pid);
      if (pid === process.pid) throw new DataDirLockedError(dir, pid);
      log(`taking over ${path}: the hookyard that held it (pid ${Number.isNaN(pid) ? 'unknown' : pid}) is gone`);
      await unlink(path).catch(() => undefined);
    }
  }
  throw new Error(`could not create the lock file ${path}`);
}
