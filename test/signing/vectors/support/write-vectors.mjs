import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TextDecoder } from 'node:util';

const FIXTURES = fileURLToPath(new URL('../../../../fixtures/signatures/', import.meta.url));
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The vector's body field: UTF-8 text when the bytes are valid UTF-8, else base64. */
export function bodyField(body) {
  if (typeof body === 'string') return { body };
  try {
    return { body: strictUtf8.decode(body) };
  } catch {
    return { bodyBase64: Buffer.from(body).toString('base64') };
  }
}

/**
 * One known-answer vector in the fixtures/signatures format. Fields are written in a fixed
 * order so regenerated files diff cleanly.
 */
export function vector({
  name,
  source,
  checkedBy,
  secret,
  secrets,
  verifyKey,
  body,
  id,
  timestamp,
  url,
  method,
  headers,
  now,
  deterministic,
  notes,
}) {
  const out = { name, source };
  if (checkedBy) out.checkedBy = checkedBy;
  out.secret = secret ?? secrets[0];
  if (secrets) out.secrets = secrets;
  if (verifyKey) out.verifyKey = verifyKey;
  Object.assign(out, bodyField(body));
  if (id !== undefined) out.id = id;
  if (timestamp !== undefined) out.timestamp = timestamp;
  if (url !== undefined) out.url = url;
  if (method !== undefined) out.method = method;
  out.headers = headers;
  out.now = now;
  out.deterministic = deterministic;
  if (notes) out.notes = notes;
  return out;
}

/** Writes fixtures/signatures/<scheme>.json, or prints it with --stdout. */
export function writeVectors(scheme, vectors) {
  const text = `${JSON.stringify({ scheme, vectors }, null, 2)}\n`;
  if (process.argv.includes('--stdout')) {
    process.stdout.write(text);
    return;
  }
  mkdirSync(FIXTURES, { recursive: true });
  writeFileSync(`${FIXTURES}${scheme}.json`, text);
  console.log(`wrote fixtures/signatures/${scheme}.json (${vectors.length} vectors)`);
}

/** Stops the generator when a library disagrees with the value about to be committed. */
export function expectEqual(actual, expected, what) {
  if (actual !== expected) throw new Error(`${what}: expected ${expected}, got ${actual}`);
}

export function expectTrue(value, what) {
  if (value !== true) throw new Error(`${what}: the library rejected the vector`);
}

/** Library versions for the `source` field, read from the installed package. */
export async function versionOf(pkg) {
  const { createRequire } = await import('node:module');
  const require = createRequire(import.meta.url);
  try {
    return require(`${pkg}/package.json`).version;
  } catch {
    // Packages whose exports map hides package.json: read it from node_modules.
    const { readFileSync } = await import('node:fs');
    const path = fileURLToPath(new URL(`../../../../node_modules/${pkg}/package.json`, import.meta.url));
    return JSON.parse(readFileSync(path, 'utf8')).version;
  }
}
