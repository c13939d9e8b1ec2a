/**
 * A short, safe rendering of a received value for error messages: never the whole value (it
 * may be deep or huge), strings truncated, lone surrogates escaped.
 */
export function describeValue(value: unknown, max = 40): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  switch (typeof value) {
    case 'string': {
      const cut = value.length > max ? `${value.slice(0, max)}…` : value;
      // JSON.stringify escapes control characters and lone surrogates (ES2019 well-formed stringify).
      return JSON.stringify(cut);
    }
    case 'number':
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** A string that cannot be encoded as UTF-8 (or used in a URL) as it is. */
export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}
