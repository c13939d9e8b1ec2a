import { findScheme, getScheme, listSchemes, SchemeFileError, validateScheme, type SchemeSpec } from '../signing/index.js';
import { closest } from '../cli/suggest.js';
import type { ChannelConfig } from './types.js';

/** One problem of a settings object: where (a key path inside it) and what is wrong. */
export interface ChannelProblem {
  path: string;
  message: string;
}

const NAME = /^[A-Za-z0-9._-]{1,64}$/;
const CHANNEL_KEYS = ['scheme', 'secrets', 'response'];
const RESPONSE_KEYS = ['status', 'headers', 'body', 'delayMs'];

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown, min: number, max: number): boolean => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;

/** `; did you mean "x"?` for a mistyped key, or ''. */
export function hintFor(word: string, candidates: readonly string[]): string {
  const hit = closest(word, candidates);
  return hit ? `; did you mean "${hit}"?` : '';
}

function schemeProblems(scheme: unknown): ChannelProblem[] {
  const at = (message: string): ChannelProblem[] => [{ path: 'scheme', message }];
  if (typeof scheme === 'string') {
    if (findScheme(scheme)) return [];
    if (scheme.endsWith('.json') || scheme.includes('/') || scheme.includes('\\')) {
      return at(`must be a preset id or an inline scheme object, not a file path ("${scheme}"); paste the file's JSON object as the value`);
    }
    const hint = hintFor(scheme, listSchemes().map((s) => s.id));
    return at(`is "${scheme}", which is not a known scheme${hint} (hookyard schemes lists them)`);
  }
  if (!isObject(scheme)) return at('must be a preset id (hookyard schemes) or an inline scheme object');
  try {
    validateScheme(scheme, 'scheme');
    return [];
  } catch (error) {
    if (!(error instanceof SchemeFileError)) throw error;
    // validateScheme lists "  - field: what it must be" lines; each becomes a key path.
    const lines = error.message.split('\n  - ').slice(1);
    if (!lines.length) return at(error.message);
    return lines.map((line) => {
      const colon = line.indexOf(': ');
      return { path: `scheme.${line.slice(0, colon)}`, message: `must be ${line.slice(colon + 2)}` };
    });
  }
}

function responseProblems(response: unknown): ChannelProblem[] {
  if (!isObject(response)) return [{ path: 'response', message: 'must be an object {status, headers, body, delayMs}' }];
  const problems: ChannelProblem[] = [];
  const bad = (path: string, message: string): void => void problems.push({ path: `response.${path}`, message });
  for (const key of Object.keys(response)) {
    if (!RESPONSE_KEYS.includes(key)) bad(key, `is not a response setting (status, headers, body, delayMs)${hintFor(key, RESPONSE_KEYS)}`);
  }
  const { status, headers, body, delayMs } = response;
  if (status !== undefined && !isInt(status, 100, 599)) bad('status', 'must be an HTTP status from 100 to 599');
  if (headers !== undefined && (!isObject(headers) || Object.values(headers).some((h) => typeof h !== 'string'))) {
    bad('headers', 'must map names to strings');
  }
  if (body !== undefined && typeof body !== 'string') bad('body', 'must be a string');
  if (delayMs !== undefined && !isInt(delayMs, 0, 120_000)) bad('delayMs', 'must be whole milliseconds from 0 to 120000');
  return problems;
}

/** Every problem of one channel's settings (name, scheme, secrets, response); [] when they are usable. */
export function channelProblems(name: string, input: unknown): ChannelProblem[] {
  if (!NAME.test(name)) return [{ path: '', message: `the channel name "${name}" must be 1–64 letters, digits, ".", "_" or "-"` }];
  if (!isObject(input)) return [{ path: '', message: 'must be a JSON object: {"scheme","secrets","response"}' }];
  const problems: ChannelProblem[] = [];
  for (const key of Object.keys(input)) {
    if (CHANNEL_KEYS.includes(key)) continue;
    problems.push({ path: key, message: `is not a channel setting (scheme, secrets, response)${hintFor(key, CHANNEL_KEYS)}` });
  }
  if (input.scheme !== undefined && input.scheme !== null) problems.push(...schemeProblems(input.scheme));
  const { secrets } = input;
  if (secrets !== undefined && (!Array.isArray(secrets) || secrets.some((s) => typeof s !== 'string' || s.length === 0))) {
    problems.push({ path: 'secrets', message: 'must be an array of non-empty strings (current first)' });
  }
  if (input.response !== undefined) problems.push(...responseProblems(input.response));
  return problems;
}

/** The scheme a validated channel names: a preset, or its inline description. */
export function channelScheme(scheme: NonNullable<ChannelConfig['scheme']>): SchemeSpec {
  return typeof scheme === 'string' ? getScheme(scheme) : validateScheme(scheme, 'channel scheme');
}
