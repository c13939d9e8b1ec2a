import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';

/**
 * A lowdb adapter that writes compact JSON to a temp file created 0600 and renames it into place:
 * the secrets in it are never readable by others, not even for the moment before a chmod. Writes
 * may overlap (each snapshot is serialized when its write starts, into its own temp file); the
 * renames happen in the order the writes started, so the file never goes back in time.
 */
export class PrivateJsonFile<T> implements Adapter<T> {
  private sequence = 0;
  private lastRename: Promise<unknown> = Promise.resolve();

  constructor(private readonly path: string) {}

  async read(): Promise<T | null> {
    try {
      return JSON.parse(await readFile(this.path, 'utf8')) as T;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  write(data: T): Promise<void> {
    const text = JSON.stringify(data);
    const temp = `${this.path}.${process.pid}.${this.sequence++}.tmp`;
    const previous = this.lastRename;
    const done = (async () => {
      try {
        await writeFile(temp, text, { mode: 0o600 });
      } catch (error) {
        await rm(temp, { force: true }).catch(() => undefined);
        throw error;
      }
      await previous;
      await rename(temp, this.path);
    })();
    this.lastRename = done.catch(() => undefined);
    return done;
  }
}
