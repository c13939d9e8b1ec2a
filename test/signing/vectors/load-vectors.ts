import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One entry of fixtures/signatures/<scheme>.json (see test/signing/vectors/support/write-vectors.mjs). */
export interface SignatureVector {
  name: string;
  source: string;
  checkedBy?: string;
  secret: string;
  /** Rotation: every secret the sender signed with, newest first. */
  secrets?: string[];
  /** Asymmetric schemes: the public key a receiver verifies with. */
  verifyKey?: string;
  body?: string;
  bodyBase64?: string;
  id?: string;
  timestamp?: number | string;
  url?: string;
  method?: string;
  headers: Record<string, string>;
  /** Unix ms at which the vector verifies. */
  now: number;
  deterministic: boolean;
  notes?: string;
}

export interface VectorFile {
  scheme: string;
  vectors: SignatureVector[];
}

export const SIGNATURE_FIXTURES = fileURLToPath(new URL('../../../fixtures/signatures/', import.meta.url));

export function loadVectorFiles(dir = SIGNATURE_FIXTURES): VectorFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = JSON.parse(readFileSync(`${dir}${name}`, 'utf8')) as VectorFile;
      if (`${file.scheme}.json` !== name) throw new Error(`${name}: "scheme" is "${file.scheme}", expected "${name.slice(0, -5)}"`);
      return file;
    });
}

export function loadVectors(scheme: string): SignatureVector[] {
  const file = loadVectorFiles().find((f) => f.scheme === scheme);
  if (!file) throw new Error(`no fixtures/signatures/${scheme}.json`);
  return file.vectors;
}

export function vectorBody(vector: SignatureVector): Uint8Array {
  if (vector.bodyBase64 !== undefined) return new Uint8Array(Buffer.from(vector.bodyBase64, 'base64'));
  if (vector.body !== undefined) return new TextEncoder().encode(vector.body);
  throw new Error(`vector "${vector.name}" has neither body nor bodyBase64`);
}

/** A header of the vector by any of the given names, case-insensitively. */
export function vectorHeader(vector: SignatureVector, names: readonly string[]): string | undefined {
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  for (const [name, value] of Object.entries(vector.headers)) if (wanted.has(name.toLowerCase())) return value;
  return undefined;
}
