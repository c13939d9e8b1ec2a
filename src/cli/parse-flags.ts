import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io.js';
import { didYouMean } from '../plumbing/index.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs with its errors turned into usage errors that say what to write instead. */
export function parseFlags<O extends Options>(
  args: string[],
  options: O,
  usage: string,
  allowPositionals = false,
): ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: boolean; strict: true }>> {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    throw flagError(error, options, usage);
  }
}

/** A parseArgs error as a usage error; an unknown flag names the closest known one. */
export function flagError(error: unknown, options: Options, usage: string): UsageError {
  const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, '');
  const unknown = (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /'(-{1,2}[^'=]+)/.exec(message)?.[1] : undefined;
  if (!unknown) return new UsageError(message, usage);
  const names = Object.keys(options);
  const hint = unknown.startsWith('--') ? didYouMean(unknown.slice(2), names, '--') : '';
  return new UsageError(`unknown flag ${unknown}${hint || ` (see --help for the flags of this command)`}`, usage);
}

/** Reads `--body TEXT` or `--body-file F` (`-` = stdin) as bytes; exactly one is required. */
export async function readBody(
  values: { body?: string; 'body-file'?: string },
  io: { readStdin(): Promise<Uint8Array>; readFile(path: string): Promise<Uint8Array> },
  usage: string,
): Promise<Uint8Array> {
  if (values.body !== undefined && values['body-file'] !== undefined)
    throw new UsageError('give either --body or --body-file, not both', usage);
  if (values.body !== undefined) return new TextEncoder().encode(values.body);
  const file = values['body-file'];
  if (file === undefined) throw new UsageError('missing the body: pass --body TEXT or --body-file FILE (- for stdin)', usage);
  if (file === '-') return io.readStdin();
  try {
    return await io.readFile(file);
  } catch (error) {
    throw new UsageError(`cannot read --body-file ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, usage);
  }
}

export function parseUnixSeconds(flag: string, text: string | undefined, usage: string): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{1,12}(\.\d+)?$/.test(text))
    throw new UsageError(`${flag} must be a unix time in seconds (e.g. 1714000000), got "${text}"`, usage);
  return Number(text);
}
