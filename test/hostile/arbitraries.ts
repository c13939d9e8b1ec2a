import { fc } from '@fast-check/vitest';

/** Hostile inputs for any JSON route: every one is a body (bytes), a content type and a note of what was aimed at. */
export interface HostileBody {
  bytes: Uint8Array;
  contentType: string | null;
  /** The top-level field the input corrupts, when it corrupts one field of a valid body. */
  field?: string;
  kind: string;
}

const POLLUTION = ['__proto__', 'constructor', 'prototype'] as const;
/** Dotted paths that walk into a prototype when a path walk trusts them. */
const DOTTED_POLLUTION = ['__proto__.polluted', 'a.__proto__.polluted', 'constructor.prototype.polluted', 'prototype.polluted'] as const;

/** Strings that break naive code: lone surrogates, NUL, separators, BOM, RTL marks, long ones. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom(
    '\ud800',
    '\udfff',
    'a\ud83dz',
    '\u0000',
    'a\u0000b',
    '\u2028\u2029',
    '\ufeff',
    '\u202e',
    '\r\n',
    'x'.repeat(300),
    '%00',
    '../../etc/passwd',
    '${{7*7}}',
    '<script>',
    '__proto__.polluted',
    'constructor.prototype.polluted',
    'a..b',
    '.',
    'data.__proto__',
  ),
  fc.nat({ max: 150_000 }).map((n) => 'y'.repeat(n)),
);

/** A JSON fragment nested `depth` levels (objects or arrays), either side of the 64-level limit. */
const deepFragment: fc.Arbitrary<string> = fc
  .tuple(fc.oneof(fc.integer({ min: 40, max: 100 }), fc.integer({ min: 100, max: 12_000 })), fc.boolean())
  .map(([depth, objects]) => (objects ? `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}` : `${'['.repeat(depth)}${']'.repeat(depth)}`));

/** `{"__proto__": …}` written as text (JSON.parse makes it an own key), possibly nested. */
const pollutionFragment: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...POLLUTION), fc.jsonValue({ maxDepth: 2 }), fc.nat({ max: 3 }))
  .map(([key, value, depth]) => `${'{"n":'.repeat(depth)}{${JSON.stringify(key)}:${JSON.stringify(value)}}${'}'.repeat(depth)}`);

/** A JSON text standing in for one field's value. */
export const fragment: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'null',
      'true',
      'false',
      '0',
      '-1',
      '1e308',
      '-1e308',
      '1.5',
      '""',
      '[]',
      '{}',
      '[null]',
      '[[]]',
      '9007199254740993',
      '"x"',
      '[1,"a",{}]',
    ),
  },
  { weight: 3, arbitrary: hostileString.map((s) => JSON.stringify(s)) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 5 }).map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: deepFragment },
  { weight: 1, arbitrary: pollutionFragment },
  {
    weight: 1,
    arbitrary: fc
      .dictionary(
        hostileString.filter((k) => k.length < 100),
        fc.jsonValue({ maxDepth: 2 }),
        { maxKeys: 3 },
      )
      .map((v) => JSON.stringify(v)),
  },
);

const contentType = fc.oneof(
  { weight: 6, arbitrary: fc.constant('application/json') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      null,
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/json; charset=utf-16',
      'application/xml',
      '*/*',
    ),
  },
);

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Splices bytes that can never be UTF-8 (lone continuation bytes, 0xff, overlongs) into a text. */
const invalidUtf8 = (text: string): fc.Arbitrary<Uint8Array> =>
  fc
    .tuple(
      fc.nat({ max: Math.max(0, text.length) }),
      fc.constantFrom([0xff], [0x80], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80]),
    )
    .map(([at, bad]) => {
      const bytes = encode(text);
      const cut = Math.min(at, bytes.length);
      return Uint8Array.from([...bytes.subarray(0, cut), ...bad, ...bytes.subarray(cut)]);
    });

/**
 * Bodies for a route whose valid body looks like `base` and whose fields include `fields`:
 * one field corrupted, a field added, the whole body replaced, deep, polluted, not UTF-8, not JSON.
 */
export function hostileBody(base: Record<string, unknown>, fields: readonly string[]): fc.Arbitrary<HostileBody> {
  return rawHostileBody(base, fields).map(printable);
}

/** Counterexamples show the body as text (cut), not as a byte array. */
function printable(body: HostileBody): HostileBody {
  const text = Buffer.from(body.bytes).toString('utf8');
  const shown = `${body.kind}${body.field ? `:${body.field}` : ''} ${body.contentType ?? '(no type)'} ${JSON.stringify(text.length > 300 ? `${text.slice(0, 300)}…(${text.length})` : text)}`;
  return Object.assign(body, { [fc.toStringMethod]: () => shown });
}

function rawHostileBody(base: Record<string, unknown>, fields: readonly string[]): fc.Arbitrary<HostileBody> {
  const names = [...new Set([...Object.keys(base), ...fields])];
  const baseText = JSON.stringify(base);
  const withField = (name: string, text: string): string =>
    JSON.stringify({ ...base, [name]: '\u0000FUZZ\u0000' }).replace('"\\u0000FUZZ\\u0000"', () => text);
  const paths = leafPaths(base);
  const leaves = paths.filter((p) => p.length > 1);
  const atPath = (path: Array<string | number>, text: string): string => {
    const copy = structuredClone(base) as Record<string, unknown>;
    let target: any = copy;
    for (const part of path.slice(0, -1)) target = target[part];
    target[path.at(-1)!] = '\u0000FUZZ\u0000';
    return JSON.stringify(copy).replace('"\\u0000FUZZ\\u0000"', () => text);
  };
  const corrupted: fc.Arbitrary<HostileBody> = fc
    .tuple(fc.constantFrom(...(names.length ? names : ['x'])), fragment, contentType)
    .map(([name, text, type]) => ({ bytes: encode(withField(name, text)), contentType: type, field: name, kind: 'field' }));
  const nested: fc.Arbitrary<HostileBody> = leaves.length
    ? fc.tuple(fc.constantFrom(...leaves), fragment).map(([path, text]) => ({
        bytes: encode(atPath(path, text)),
        contentType: 'application/json',
        field: String(path[0]),
        kind: 'nested',
      }))
    : corrupted;
  const objects = [[], ...paths].filter((path) => {
    let v: any = base;
    for (const part of path) v = v?.[part];
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  });
  const withKey = (path: Array<string | number>, key: string, text: string): string => {
    const copy = structuredClone(base) as Record<string, unknown>;
    let target: any = copy;
    for (const part of path) target = target[part];
    target['\u0000KEY\u0000'] = '\u0000FUZZ\u0000';
    return JSON.stringify(copy).replace('"\\u0000KEY\\u0000":"\\u0000FUZZ\\u0000"', () => `${JSON.stringify(key)}:${text}`);
  };
  // Nested objects (set, overrides, metadata, faults …) are where path walks happen: favour them.
  const objectPath = fc.oneof(...objects.map((path) => ({ weight: path.length === 0 ? 1 : 3, arbitrary: fc.constant(path) })));
  const hostileKey: fc.Arbitrary<HostileBody> = fc
    .tuple(
      objectPath,
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...DOTTED_POLLUTION) },
        { weight: 1, arbitrary: fc.constantFrom(...POLLUTION, 'a..b', '') },
        { weight: 1, arbitrary: hostileString.filter((k) => k.length < 200) },
      ),
      fragment,
    )
    .map(([path, key, text]) => ({
      bytes: encode(withKey(path, key, text)),
      contentType: 'application/json',
      field: String(path[0] ?? key),
      kind: 'key',
    }));
  const unknownField: fc.Arbitrary<HostileBody> = fc
    .tuple(
      hostileString.filter((s) => s.length > 0 && s.length < 200),
      fragment,
    )
    .map(([name, text]) => ({ bytes: encode(withField(name, text)), contentType: 'application/json', kind: 'unknown-field' }));
  const whole: fc.Arbitrary<HostileBody> = fc
    .tuple(fragment, contentType)
    .map(([text, type]) => ({ bytes: encode(text), contentType: type, kind: 'whole' }));
  const pollutedTop: fc.Arbitrary<HostileBody> = fc.constantFrom(...POLLUTION).map((key) => ({
    bytes: encode(baseText.replace(/^\{/, `{${JSON.stringify(key)}:{"x":1}${baseText === '{}' ? '' : ','}`)),
    contentType: 'application/json',
    field: key,
    kind: 'pollution',
  }));
  const notUtf8: fc.Arbitrary<HostileBody> = invalidUtf8(baseText).map((bytes) => ({
    bytes,
    contentType: 'application/json',
    kind: 'invalid-utf8',
  }));
  const notJson: fc.Arbitrary<HostileBody> = fc
    .oneof(fc.string(), fc.constantFrom('{', '{"a":', '[1,]', 'undefined', 'NaN', '{"a":1}{"b":2}', '\ufeff{}'))
    .map((text) => ({ bytes: encode(text), contentType: 'application/json', kind: 'not-json' }));
  const empty: fc.Arbitrary<HostileBody> = contentType.map((type) => ({ bytes: new Uint8Array(0), contentType: type, kind: 'empty' }));
  return fc.oneof(
    { weight: 6, arbitrary: corrupted },
    { weight: 4, arbitrary: nested },
    { weight: 2, arbitrary: unknownField },
    { weight: 6, arbitrary: hostileKey },
    { weight: 3, arbitrary: whole },
    { weight: 1, arbitrary: pollutedTop },
    { weight: 1, arbitrary: notUtf8 },
    { weight: 1, arbitrary: notJson },
    { weight: 1, arbitrary: empty },
  );
}

/** Every path to a value inside `base` (`['faults']`, `['faults','delayMs']`, `['captures',0,'headers']`). */
function leafPaths(base: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof base !== 'object' || base === null) return prefix.length > 0 ? [prefix] : [];
  const entries: Array<[string | number, unknown]> = Array.isArray(base) ? base.map((v, i) => [i, v]) : Object.entries(base);
  const own = prefix.length > 0 ? [prefix] : [];
  return [...own, ...entries.flatMap(([k, v]) => leafPaths(v, [...prefix, k]))];
}

/** Path parameter values: a real id most of the time, otherwise percent-encoded hostile bytes. */
export function paramValue(real: readonly string[]): fc.Arbitrary<string> {
  const hostile = fc.oneof(
    fc.uint8Array({ minLength: 1, maxLength: 40 }).map((bytes) => [...bytes].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('')),
    fc.constantFrom('%ED%A0%80', '%00', '..', '.', '%2e%2e', 'x'.repeat(3000), '__proto__', 'constructor', '%5F%5Fproto%5F%5F'),
  );
  return real.length
    ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...real.map((r) => encodeURIComponent(r))) }, { weight: 1, arbitrary: hostile })
    : hostile;
}

/** Query strings: known filters with hostile values, and junk. */
export const hostileQuery: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constant('') },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom(
          'limit',
          'cursor',
          'verdict',
          'status',
          'profile',
          'channel',
          'q',
          'state',
          'endpoint',
          'event',
          'url',
          'active',
          'offset',
          'page',
        ),
        fc.oneof(
          fc.constantFrom('-1', '0', '1e309', 'NaN', 'abc', '%ff', '%ED%A0%80', '1'.repeat(400)),
          fc.string().map(encodeURIComponent),
        ),
      )
      .map(([k, v]) => `?${k}=${v}`),
  },
  {
    weight: 1,
    arbitrary: fc.uint8Array({ maxLength: 30 }).map((b) => `?${[...b].map((x) => `%${x.toString(16).padStart(2, '0')}`).join('')}`),
  },
);
