import { readFileSync } from 'node:fs';
import type { SchemeSpec } from './types.js';
import { UnknownSchemeError, type SchemeCatalogue } from './registry.js';

export class SchemeFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SchemeFileError';
  }
}

const ALGORITHMS = ['hmac-sha256', 'hmac-sha1', 'hmac-sha512', 'ed25519', 'ecdsa-p256-sha256', 'token'];
const KEY_FORMATS = ['utf8', 'whsec-base64', 'base64', 'hex', 'whsk-whpk', 'ed25519-hex', 'ecdsa-der-base64'];
const ENCODINGS = ['hex', 'base64', 'base64url'];
const FORMATS = ['plain', 'prefixed', 'kv-list', 'versioned-list'];
const UNITS = ['s', 'ms', 'rfc3339'];

function isNames(v: unknown): v is [string, ...string[]] {
  return Array.isArray(v) && v.length > 0 && v.every((n) => typeof n === 'string' && /^[A-Za-z0-9-]+$/.test(n));
}

const POLICIES = ['rejected', 'accepted', 'not-checked'];

function isHeaderMap(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.entries(value).every(([name, v]) => /^[A-Za-z0-9-]+$/.test(name) && typeof v === 'string')
  );
}

/** The provider-request part of a scheme file (`request`): data only, nothing that names a path. */
function checkRequest(value: unknown, need: (cond: boolean, message: string) => void): void {
  const r = (value ?? {}) as Record<string, unknown>;
  need(typeof value === 'object' && value !== null && !Array.isArray(value), 'request: an object');
  need(typeof r.contentType === 'string' && /^[\w.+-]+\/[\w.+-]+/.test(r.contentType), 'request.contentType: e.g. "application/json"');
  if (r.headers !== undefined) need(isHeaderMap(r.headers), 'request.headers: an object of header name to text');
  if (r.retryHeaders !== undefined) need(isHeaderMap(r.retryHeaders), 'request.retryHeaders: an object of header name to text');
  if (r.idFormat !== undefined) need(r.idFormat === 'uuid', 'request.idFormat: "uuid" or absent');
  if (r.eventField !== undefined) need(typeof r.eventField === 'string', 'request.eventField: a dotted path such as "type"');
  // A folder name under fixtures/samples/, never a path.
  if (r.samples !== undefined)
    need(typeof r.samples === 'string' && /^[a-z0-9-]+$/.test(r.samples), 'request.samples: a preset id such as "stripe"');
}

/** Validates a scheme description (e.g. from JSON), listing every problem with what is expected. */
export function validateScheme(value: unknown, where = 'scheme'): SchemeSpec {
  const problems: string[] = [];
  const v = (value ?? {}) as Record<string, any>;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new SchemeFileError(`${where}: expected a JSON object describing a scheme`);
  const need = (cond: boolean, message: string): void => {
    if (!cond) problems.push(message);
  };
  need(typeof v.id === 'string' && v.id.length > 0, 'id: a non-empty string');
  need(ALGORITHMS.includes(v.algorithm), `algorithm: one of ${ALGORITHMS.join(', ')}`);
  need(typeof v.key === 'object' && KEY_FORMATS.includes(v.key?.format), `key.format: one of ${KEY_FORMATS.join(', ')}`);
  need(typeof v.content === 'string', 'content: a template string such as "{timestamp}.{body}"');
  need(ENCODINGS.includes(v.encoding), `encoding: one of ${ENCODINGS.join(', ')}`);
  need(isNames(v.signature?.header), 'signature.header: a non-empty array of header names');
  const fmt = v.signature?.format;
  need(FORMATS.includes(fmt?.kind), `signature.format.kind: one of ${FORMATS.join(', ')}`);
  if (fmt?.kind === 'prefixed') need(typeof fmt.prefix === 'string' && fmt.prefix.length > 0, 'signature.format.prefix: e.g. "sha256="');
  if (fmt?.kind === 'kv-list')
    need(
      ['pairSeparator', 'kvSeparator', 'signatureKey'].every((k) => typeof fmt[k] === 'string' && fmt[k].length > 0),
      'signature.format: pairSeparator, kvSeparator and signatureKey strings',
    );
  if (fmt?.kind === 'versioned-list')
    need(
      ['separator', 'version', 'versionSeparator'].every((k) => typeof fmt[k] === 'string' && fmt[k].length > 0),
      'signature.format: separator, version and versionSeparator strings',
    );
  if (v.messageId !== undefined) need(isNames(v.messageId?.header), 'messageId.header: a non-empty array of header names');
  if (v.timestamp !== undefined) {
    const src = v.timestamp?.source ?? {};
    need(
      isNames(src.header) || typeof src.signatureKey === 'string' || typeof src.bodyJsonField === 'string',
      'timestamp.source: {"header": [...]}, {"signatureKey": "t"} or {"bodyJsonField": "..."}',
    );
    need(UNITS.includes(v.timestamp?.unit), `timestamp.unit: one of ${UNITS.join(', ')}`);
    need(
      v.timestamp?.toleranceSeconds === null || (Number.isFinite(v.timestamp?.toleranceSeconds) && v.timestamp.toleranceSeconds >= 0),
      'timestamp.toleranceSeconds: seconds (>= 0) or null',
    );
  }
  if (v.request !== undefined) checkRequest(v.request, need);
  if (v.verifier !== undefined) {
    const ver = v.verifier ?? {};
    need(typeof ver.name === 'string' && ver.name.length > 0, 'verifier.name: the official verifier, a non-empty string');
    for (const key of ['staleTimestamps', 'futureTimestamps'])
      need(POLICIES.includes(ver[key]), `verifier.${key}: one of ${POLICIES.join(', ')}`);
  }
  if (v.keyVariants !== undefined) {
    const ok = (k: Record<string, any>): boolean =>
      Array.isArray(k?.prefixes) &&
      k.prefixes.length > 0 &&
      k.prefixes.every((p: unknown) => typeof p === 'string' && p.length > 0) &&
      ALGORITHMS.includes(k.algorithm) &&
      KEY_FORMATS.includes(k.key?.format) &&
      ENCODINGS.includes(k.encoding) &&
      isNames(k.signature?.header) &&
      FORMATS.includes(k.signature?.format?.kind);
    need(Array.isArray(v.keyVariants) && v.keyVariants.every(ok), 'keyVariants: [{prefixes, algorithm, key, encoding, signature}]');
  }
  if (v.contentWhenUrlHas !== undefined) {
    const rule = v.contentWhenUrlHas ?? {};
    need(typeof rule.param === 'string' && typeof rule.content === 'string', 'contentWhenUrlHas: {"param": "...", "content": "..."}');
  }
  if (problems.length > 0) throw new SchemeFileError(`${where} is not a valid scheme:\n  - ${problems.join('\n  - ')}`);
  return {
    name: v.id,
    description: `custom scheme from ${where}`,
    multiSignature: false,
    origin: 'custom',
    ...v,
  } as SchemeSpec;
}

function loadSchemeFile(path: string): SchemeSpec {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new SchemeFileError(`cannot read scheme file ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SchemeFileError(`scheme file ${path} is not valid JSON: ${(error as Error).message}`);
  }
  return validateScheme(json, path);
}

/** A preset id, or a path to a scheme JSON file (anything with a slash or ending in .json). */
export function schemeFromArg(arg: string, schemes: SchemeCatalogue): SchemeSpec {
  const preset = schemes.find(arg);
  if (preset) return preset;
  if (arg.endsWith('.json') || arg.includes('/') || arg.includes('\\')) return loadSchemeFile(arg);
  throw new UnknownSchemeError(
    arg,
    schemes.list().map((s) => s.id),
  );
}
