import { findForbiddenKey } from './safe-keys.js';

/** Far above any real webhook payload, far below what recursion (JSON.stringify, clones) survives. */
const MAX_JSON_DEPTH = 64;

export type JsonProblem = 'encoding' | 'syntax' | 'depth' | 'key';

export type ParsedJson = { ok: true; value: unknown } | { ok: false; problem: JsonProblem; message: string; field?: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * How deep objects and arrays nest in JSON text, stopping as soon as it passes `limit`;
 * strings are skipped. Runs on the text, so nothing recursive ever sees a too-deep value.
 */
function nestingExceeds(text: string, limit = MAX_JSON_DEPTH): boolean {
  if (text.length <= limit) return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c) i++;
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x7b || ch === 0x5b) {
      if (++depth > limit) return true;
    } else if (ch === 0x7d || ch === 0x5d) depth--;
  }
  return false;
}

/** V8's parse error quotes a few characters of the body: keep it short and printable. */
function parserSays(error: Error): string {
  const text = error.message.length > 120 ? `${error.message.slice(0, 120)}…` : error.message;
  return text.replace(
    /[\u0000-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function syntaxMessage(text: string, error: Error): string {
  const position = /position (\d+)/.exec(error.message)?.[1];
  if (position === undefined) return `The request body is not valid JSON (${parserSays(error)}); send a JSON object.`;
  const at = Number(position);
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  return `The request body is not valid JSON: unexpected input at line ${line}, column ${column} (${parserSays(error)}); send a JSON object.`;
}

/**
 * The one way request bodies become values (mocked routes and the control API): UTF-8, JSON,
 * at most `MAX_JSON_DEPTH` levels deep, no prototype keys anywhere. The depth is checked on the
 * text before parsing.
 */
export function parseJsonBody(input: Uint8Array | string): ParsedJson {
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    try {
      text = decoder.decode(input);
    } catch {
      return { ok: false, problem: 'encoding', message: 'The request body is not valid UTF-8; JSON bodies must be UTF-8 text.' };
    }
  }
  if (nestingExceeds(text)) {
    return {
      ok: false,
      problem: 'depth',
      message: `The request body nests objects and arrays deeper than ${MAX_JSON_DEPTH} levels, hookyard's limit; send a flatter body.`,
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: 'syntax', message: syntaxMessage(text, error as Error) };
  }
  const forbidden = findForbiddenKey(value);
  if (forbidden) {
    return {
      ok: false,
      problem: 'key',
      field: forbidden.field,
      message: `${forbidden.field}: the key "${forbidden.key}" is refused; hookyard refuses __proto__, constructor and prototype as object keys.`,
    };
  }
  return { ok: true, value };
}
