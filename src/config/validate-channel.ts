import { SchemeFileError, validateScheme, type SchemeSpec } from '../signing/index.js';
import { knownSchemes } from '../profiles/schemes.js';
import { closest } from '../plumbing/index.js';
import type { ChannelConfig } from './types.js';
import { responseProblems } from './channel-response.js';
import { hasLoneSurrogate } from '../guard/index.js';

/** One problem of a channel's settings: where (a key path inside the channel) and what is wrong. */
export interface ChannelProblem {
  path: string;
  message: string;
}

const NAME = /^[A-Za-z0-9._-]{1,64}$/;

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `; did you mean "x"?` for a mistyped key, or ''. */
export function hintFor(word: string, candidates: readonly string[]): string {
  const hit = closest(word, candidates);
  return hit ? `; did you mean "${hit}"?` : '';
}

function schemeProblems(scheme: unknown): ChannelProblem[] {
  if (typeof scheme === 'string') {
    if (knownSchemes.find(scheme)) return [];
    const looksLikePath = scheme.endsWith('.json') || scheme.includes('/') || scheme.includes('\\');
    if (looksLikePath)
      return [
        {
          path: 'scheme',
          message: `must be a preset id or an inline scheme object, not a file path ("${scheme}"); paste the file's JSON object as the value`,
        },
      ];
    const hint = closest(
      scheme,
      knownSchemes.list().map((s) => s.id),
    );
    return [
      {
        path: 'scheme',
        message: `is "${scheme}", which is not a known scheme${hint ? `; did you mean "${hint}"?` : ''} (hookyard schemes lists them)`,
      },
    ];
  }
  if (typeof scheme === 'object' && scheme !== null && !Array.isArray(scheme)) {
    try {
      validateScheme(scheme, 'scheme');
      return [];
    } catch (error) {
      if (!(error instanceof SchemeFileError)) throw error;
      const lines = error.message.split('\n  - ').slice(1);
      return (lines.length ? lines : [error.message]).map((line) => {
        const at = line.indexOf(': ');
        return { path: `scheme.${line.slice(0, at)}`, message: `must be ${line.slice(at + 2)}` };
      });
    }
  }
  return [{ path: 'scheme', message: 'must be a preset id (hookyard schemes) or an inline scheme object' }];
}

/** Every problem of one channel's settings (name, scheme, secrets, response); [] when they are usable. */
export function channelProblems(name: string, input: unknown): ChannelProblem[] {
  if (!NAME.test(name)) return [{ path: '', message: `the channel name "${name}" must be 1–64 letters, digits, ".", "_" or "-"` }];
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return [{ path: '', message: 'must be a JSON object: {"scheme","secrets","response"}' }];
  const v = input as Record<string, unknown>;
  const problems: ChannelProblem[] = [];
  const keys = ['scheme', 'secrets', 'response'];
  for (const key of Object.keys(v)) {
    const hint = closest(key, keys);
    if (!keys.includes(key))
      problems.push({
        path: key,
        message: `is not a channel setting (scheme, secrets, response)${hint ? `; did you mean "${hint}"?` : ''}`,
      });
  }
  if (v.scheme !== undefined && v.scheme !== null) problems.push(...schemeProblems(v.scheme));
  if (
    v.secrets !== undefined &&
    (!Array.isArray(v.secrets) || v.secrets.some((s) => typeof s !== 'string' || s.length === 0 || hasLoneSurrogate(s)))
  )
    problems.push({ path: 'secrets', message: 'must be an array of non-empty strings (current first)' });
  if (v.response !== undefined)
    for (const [path, message] of responseProblems(v.response))
      problems.push({ path, message: message.startsWith(path) ? message.slice(path.length + 1) : message });
  return problems;
}

/** The scheme a validated channel names: a preset, or its inline description. */
export function channelScheme(scheme: NonNullable<ChannelConfig['scheme']>): SchemeSpec {
  return typeof scheme === 'string' ? knownSchemes.get(scheme) : validateScheme(scheme, 'channel scheme');
}
