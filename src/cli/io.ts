/** The CLI's side effects, injected so commands are testable in-process and spawnable for real. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<Uint8Array>;
  readFile(path: string): Promise<Uint8Array>;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Unix ms. */
  now(): number;
  isTTY: boolean;
}

/** Bad flags or arguments: printed with the command's usage, exit 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly usage?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;
