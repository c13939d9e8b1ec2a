import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';

/**
 * A lowdb adapter that writes compact JSON to a temp file created 0600 and renames it into place:
 * the secrets in it are never readable by others, not even for the moment before a chmod.
 */
export class PrivateJsonFile<T> implements Adapter<T> {
  private readonly temp: string;

  constructor(private readonly path: string) {
    this.temp = `${path}.${process.pid}.tmp`;
  }

  async read(): Promise<T | null> {
    try {
      return JSON.parse(await readFile(this.path, 'utf8')) as T;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async write(data: T): Promise<void> {
    try {
      await writeFile(this.temp, JSON.stringify(data), { mode: 0o600 });
    } catch (error) {
      await rm(this.temp, { force: true }).catch(() => undefined);
      throw error;
    }
    await rename(this.temp, this.path);
  }
}
