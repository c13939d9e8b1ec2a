import { strictUtf8, utf8 } from '../engine/bytes.js';

export interface BodyVariant {
  cause: string;
  /** What the sender's bytes were, compared with what was verified. */
  message: string;
  body: Uint8Array;
}

const REFRAME = 'the body you verified is not the bytes that were signed';
const RAW = 'verify the raw request bytes, read before any JSON parsing';

function escapeNonAscii(json: string): string {
  return json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `\u00e9` (and surrogate pairs) back to the characters, leaving ASCII escapes such as `\u0022` alone. */
function unescapeNonAscii(json: string): string {
  return json.replace(
    /(?<!\\)\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|(?<!\\)\\u([0-9a-fA-F]{4})/g,
    (match, single?: string) => {
      if (single !== undefined) {
        const code = parseInt(single, 16);
        if (code < 0x80 || (code >= 0xd800 && code <= 0xdfff)) return match;
      }
      return JSON.parse(`"${match}"`) as string;
    },
  );
}

/** Python's json.dumps defaults: ", " and ": " separators, non-ASCII escaped. */
function pythonDumps(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(pythonDumps).join(', ')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.entries(value)
      .map(([k, v]) => `${escapeNonAscii(JSON.stringify(k))}: ${pythonDumps(v)}`)
      .join(', ')}}`;
  }
  return escapeNonAscii(JSON.stringify(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

function push(list: BodyVariant[], seen: Set<string>, original: Uint8Array, cause: string, message: string, body: Uint8Array): void {
  const key = Buffer.from(body).toString('latin1');
  if (seen.has(key) || Buffer.from(original).equals(Buffer.from(body))) return;
  seen.add(key);
  list.push({ cause, message, body });
}

/** The body as the sender may have signed it, for each common way bytes change in transit. */
export function bodyVariants(body: Uint8Array): BodyVariant[] {
  const out: BodyVariant[] = [];
  const seen = new Set<string>();
  const text = strictUtf8(body);
  if (text !== null) {
    let parsed: unknown;
    let isJson = false;
    try {
      parsed = JSON.parse(text);
      isJson = true;
    } catch {
      isJson = false;
    }
    const newline = (s: string, cause: string, message: string): void => push(out, seen, body, cause, message, utf8(s));
    newline(
      `${text}\n`,
      'trailing-newline',
      `${REFRAME}: the signed body ended with a newline ("\\n") that was stripped before verifying (a body parser or .trim()) — ${RAW}.`,
    );
    newline(
      `${text}\r\n`,
      'trailing-newline',
      `${REFRAME}: the signed body ended with CRLF ("\\r\\n") that was stripped before verifying — ${RAW}.`,
    );
    if (text.endsWith('\r\n'))
      newline(
        text.slice(0, -2),
        'trailing-newline',
        `${REFRAME}: a trailing CRLF was added after signing (an editor, a file, or a proxy) — verify exactly the bytes received.`,
      );
    if (text.endsWith('\n'))
      newline(
        text.slice(0, -1),
        'trailing-newline',
        `${REFRAME}: a trailing newline was added after signing (a file saved by an editor, or a shell heredoc) — verify exactly the bytes received.`,
      );
    if (text.includes('\r\n'))
      newline(
        text.replace(/\r\n/g, '\n'),
        'line-endings',
        `${REFRAME}: the signed body had LF line endings and the verified one CRLF — something converted line endings.`,
      );
    if (/(^|[^\r])\n/.test(text))
      newline(
        text.replace(/\r?\n/g, '\r\n'),
        'line-endings',
        `${REFRAME}: the signed body had CRLF line endings (SendGrid bodies do) and the verified one LF — keep the raw bytes, do not normalise line endings.`,
      );
    if (isJson) {
      const json = (s: string, cause: string, how: string): void =>
        push(
          out,
          seen,
          body,
          cause,
          `${REFRAME}: the signed JSON was ${how}, the verified one was parsed and re-serialized (JSON middleware such as express.json() or req.json()) — ${RAW}.`,
          utf8(s),
        );
      // Raw non-ASCII signed, `\u00e9` escapes received: name that before "other whitespace".
      const raw = unescapeNonAscii(text);
      if (raw !== text)
        push(
          out,
          seen,
          body,
          'escaped-unicode',
          `${REFRAME}: the signed JSON had non-ASCII characters written as UTF-8, the verified one has them escaped as \\uXXXX (parsed and re-serialized, e.g. by Python json.dumps or a proxy) — ${RAW}.`,
          utf8(raw),
        );
      json(JSON.stringify(parsed), 'reserialized-json', 'formatted differently (the same data, other whitespace)');
      json(JSON.stringify(parsed, null, 2), 'pretty-printed-json', 'pretty-printed with 2 spaces');
      json(JSON.stringify(parsed, null, 4), 'pretty-printed-json', 'pretty-printed with 4 spaces');
      json(JSON.stringify(parsed, null, '\t'), 'pretty-printed-json', 'pretty-printed with tabs');
      json(
        pythonDumps(parsed),
        'reserialized-json',
        'written with Python json.dumps defaults (", " and ": " separators, non-ASCII escaped)',
      );
      json(escapeNonAscii(JSON.stringify(parsed)), 'escaped-unicode', 'written with non-ASCII characters escaped as \\uXXXX');
      json(JSON.stringify(sortKeys(parsed)), 'reserialized-json', 'written with its keys in another order');
    }
    // A UTF-8 body read as Latin-1 and re-encoded, or the reverse: a charset change on the way.
    if (/[^\x00-\x7f]/.test(text)) {
      push(
        out,
        seen,
        body,
        'charset',
        `${REFRAME}: the signed body was Latin-1 and the verified one UTF-8 — a charset conversion happened; read the body as bytes, not text.`,
        Buffer.from(text, 'latin1'),
      );
    }
  }
  if (body.some((b) => b >= 0x80)) {
    push(
      out,
      seen,
      body,
      'charset',
      `${REFRAME}: the signed bytes were the verified bytes decoded as Latin-1 and re-encoded as UTF-8 — a charset conversion happened; read the body as bytes, not text.`,
      utf8(Buffer.from(body).toString('latin1')),
    );
  }
  if (body.length > 0)
    push(
      out,
      seen,
      body,
      'empty-body',
      'the signature is over an empty body: the sender signed before attaching the body, or your handler read an already-consumed stream.',
      new Uint8Array(0),
    );
  return out;
}
