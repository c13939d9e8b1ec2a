import { schemeFromArg, SchemeFileError, UnknownSchemeError, type SchemeSpec } from '../signing/index.js';
import { knownSchemes } from '../profiles/schemes.js';
import { UsageError } from './io.js';

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const here = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = here;
    }
  }
  return row[b.length]!;
}

/** The closest preset ids to a mistyped one (prefix matches first, then small edit distances). */
function suggestSchemes(value: string): string[] {
  const ids = knownSchemes.list().map((s) => s.id);
  const lower = value.toLowerCase();
  const prefixed = ids.filter((id) => id.startsWith(lower) || (lower.length >= 3 && lower.startsWith(id)));
  if (prefixed.length) return prefixed.slice(0, 3);
  const scored = ids.map((id) => ({ id, d: distance(lower, id) })).filter((s) => s.d <= Math.max(2, Math.floor(s.id.length / 3)));
  return scored
    .sort((a, b) => a.d - b.d)
    .slice(0, 3)
    .map((s) => s.id);
}

export function schemeOption(value: string | undefined, usage: string): SchemeSpec {
  if (!value) throw new UsageError('missing --scheme: a preset id (see `hookyard schemes`) or a scheme JSON file', usage);
  try {
    return schemeFromArg(value, knownSchemes);
  } catch (error) {
    if (error instanceof UnknownSchemeError) {
      const near = suggestSchemes(value);
      const hint = near.length ? ` — did you mean ${near.map((id) => `"${id}"`).join(' or ')}?` : '';
      throw new UsageError(`unknown scheme "${value}"${hint} (\`hookyard schemes\` lists them; or give a scheme JSON file)`, usage);
    }
    if (error instanceof SchemeFileError) throw new UsageError(error.message, usage);
    throw error;
  }
}

/** `--header "Name: value"` (or -H) flags as an object; a malformed one is a usage error. */
export function parseHeaders(texts: readonly string[], usage: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const text of texts) {
    const at = text.indexOf(':');
    const name = text.slice(0, at).trim();
    if (at <= 0 || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
      throw new UsageError(`--header "${text}" is not a header: write --header "Name: value"`, usage);
    }
    out[name] = text.slice(at + 1).trim();
  }
  return out;
}
