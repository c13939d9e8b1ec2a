import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `<data folder>/server.json`: where the running workbench listens, so `trigger` and `listen`
 * find it when it had to take another port. Written by `hookyard dev`, removed on a clean stop;
 * a file whose pid is gone (a crash, kill -9) is ignored.
 */
export interface ServerRecord {
  url: string;
  pid: number;
  startedAt: string;
  version?: string;
}

export const SERVER_FILE = 'server.json';

export function writeServerFile(dataDir: string, record: ServerRecord): string {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = join(dataDir, SERVER_FILE);
  const temp = `${file}.${record.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(record, null, 2)}\n`, { mode: 0o600 });
  renameSync(temp, file);
  return file;
}

/**
 * Removes the file if it still names this process (a newer workbench may have replaced it). A
 * folder that cannot be written keeps it, harmlessly: a file whose pid is gone is ignored, and
 * stopping must go on to flush the stores.
 */
export function removeServerFile(dataDir: string, pid = process.pid): void {
  const record = readRecord(dataDir);
  if (record?.pid !== pid) return;
  try {
    rmSync(join(dataDir, SERVER_FILE), { force: true });
  } catch {
    // Left behind; see above.
  }
}

function readRecord(dataDir: string): ServerRecord | null {
  try {
    const data = JSON.parse(readFileSync(join(dataDir, SERVER_FILE), 'utf8')) as Partial<ServerRecord>;
    return typeof data.url === 'string' && Number.isInteger(data.pid) ? (data as ServerRecord) : null;
  } catch {
    return null;
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

/** The running workbench recorded in the data folder, or null (no file, unreadable, or its process is gone). */
export function readServerFile(dataDir: string): ServerRecord | null {
  const record = readRecord(dataDir);
  return record && alive(record.pid) ? record : null;
}
