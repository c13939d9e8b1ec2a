/** What a store reports when a write fails, until one succeeds again. */
export interface StorageFailure {
  file: string;
  /** The errno code (`EACCES`, `ENOSPC`) or the error's name. */
  code: string;
  message: string;
  since: string;
}

export interface StorageStatus {
  state: 'ok' | 'failing';
  failures: StorageFailure[];
}

export interface StorageLogger {
  warn(message: string): void;
}

/**
 * One place that knows whether the data folder can be written. Stores report each failed write and
 * each recovery; a failure is logged once per file and kind, not once per attempt.
 */
export class StorageHealth {
  private readonly failing = new Map<string, StorageFailure>();

  constructor(
    private readonly logger?: StorageLogger,
    private readonly now: () => number = Date.now,
  ) {}

  failed(file: string, error: unknown): StorageFailure {
    const code = errorCode(error);
    const previous = this.failing.get(file);
    if (previous && previous.code === code) return previous;
    const failure: StorageFailure = { file, code, message: errorMessage(error), since: new Date(this.now()).toISOString() };
    this.failing.set(file, failure);
    this.logger?.warn(`storage: cannot write ${file} (${code}: ${failure.message}); answering 503 to changes and retrying`);
    return failure;
  }

  recovered(file: string): void {
    if (!this.failing.delete(file)) return;
    this.logger?.warn(`storage: ${file} is written again`);
  }

  get ok(): boolean {
    return this.failing.size === 0;
  }

  status(): StorageStatus {
    return { state: this.ok ? 'ok' : 'failing', failures: [...this.failing.values()] };
  }
}

export function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string') return code;
  return error instanceof Error ? error.name : 'Error';
}

function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.length > 300 ? `${message.slice(0, 300)}…` : message;
}

/** Thrown to callers whose change could not be written: the HTTP layers answer 503. */
export class StorageUnavailableError extends Error {
  constructor(readonly failure: StorageFailure) {
    super(`storage is failing: cannot write ${failure.file} (${failure.code})`);
    this.name = 'StorageUnavailableError';
  }
}
