import { describeValue, hasLoneSurrogate, headerValueProblem } from '../guard/index.js';
import type { Capture, CaptureVerdict } from './capture-types.js';

export const EXPORT_FORMAT = 'hookyard-captures';

export class CaptureImportError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'CaptureImportError';
  }
}

type Json = Record<string, unknown>;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks one entry of an export deeply; every problem names its path (`captures[3].headers[0][1]`). */
class EntryChecker {
  constructor(
    private readonly at: string,
    private readonly entry: Json,
  ) {}

  fail(field: string, message: string): never {
    const path = `${this.at}.${field}`;
    throw new CaptureImportError(`${path} ${message}`, path);
  }

  string(field: string, value: unknown = this.entry[field]): string {
    if (typeof value !== 'string') this.fail(field, `must be a string, got ${describeValue(value)}`);
    if (hasLoneSurrogate(value)) this.fail(field, 'contains a lone UTF-16 surrogate');
    return value;
  }

  nullableString(field: string, value: unknown = this.entry[field]): string | null {
    return value === null || value === undefined ? null : this.string(field, value);
  }

  status(field: string, value: unknown): number {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 100 || value > 599)
      this.fail(field, `must be an HTTP status from 100 to 599, got ${describeValue(value)}`);
    return value;
  }

  time(field: string, value: unknown = this.entry[field]): string {
    const text = this.string(field, value);
    if (Number.isNaN(Date.parse(text))) this.fail(field, 'must be an ISO date-time');
    return text;
  }

  headers(): Array<[string, string]> {
    const value = this.entry.headers;
    if (!Array.isArray(value)) this.fail('headers', 'must be [name, value] pairs');
    return value.map((pair, i) => {
      if (!Array.isArray(pair) || pair.length !== 2) this.fail(`headers[${i}]`, 'must be a [name, value] pair');
      const name = this.string(`headers[${i}][0]`, pair[0]);
      if (!TOKEN.test(name)) this.fail(`headers[${i}][0]`, 'must be an HTTP header name');
      const value = this.string(`headers[${i}][1]`, pair[1]);
      const problem = headerValueProblem(value);
      if (problem) this.fail(`headers[${i}][1]`, problem);
      return [name, value] as [string, string];
    });
  }

  verdict(): CaptureVerdict | null {
    const v = this.entry.verdict;
    if (v === null || v === undefined) return null;
    if (!isObject(v)) this.fail('verdict', 'must be null or a verdict object');
    if (typeof v.ok !== 'boolean') this.fail('verdict.ok', 'must be true or false');
    if (v.diagnosis !== null && v.diagnosis !== undefined && !isObject(v.diagnosis))
      this.fail('verdict.diagnosis', 'must be null or an object');
    return {
      ok: v.ok,
      code: this.string('verdict.code', v.code),
      message: this.string('verdict.message', v.message),
      scheme: this.nullableString('verdict.scheme', v.scheme),
      matched: this.nullableString('verdict.matched', v.matched),
      diagnosis: (v.diagnosis ?? null) as CaptureVerdict['diagnosis'],
    };
  }

  forwarded(): Capture['forwarded'] {
    const f = this.entry.forwarded;
    if (f === null || f === undefined) return f as null | undefined;
    if (!isObject(f)) this.fail('forwarded', 'must be null or {url, status?, error?, at}');
    return {
      url: this.string('forwarded.url', f.url),
      at: this.time('forwarded.at', f.at),
      ...(f.status !== undefined ? { status: this.status('forwarded.status', f.status) } : {}),
      ...(f.error !== undefined ? { error: this.string('forwarded.error', f.error) } : {}),
    };
  }

  capture(): Capture {
    const id = this.string('id');
    const channel = this.string('channel');
    const method = this.string('method');
    if (!TOKEN.test(method)) this.fail('method', 'must be an HTTP method');
    const path = this.string('path');
    const url = this.entry.url === undefined ? '' : this.string('url');
    const query = this.entry.query === undefined ? '' : this.string('query');
    const headers = this.headers();
    const remoteAddress = this.nullableString('remoteAddress');
    const receivedAt = this.time('receivedAt');
    const bodyBase64 = this.string('bodyBase64');
    if (bodyBase64.length % 4 !== 0 || !BASE64.test(bodyBase64)) this.fail('bodyBase64', 'must be standard base64');
    const size = this.entry.size;
    if (size !== undefined && (typeof size !== 'number' || !Number.isInteger(size) || size < 0))
      this.fail('size', `must be a byte count, got ${describeValue(size)}`);
    const contentType = this.nullableString('contentType');
    const verdict = this.verdict();
    const response = this.entry.response;
    if (response !== undefined && !isObject(response)) this.fail('response', 'must be {status}');
    const status = response === undefined ? 200 : this.status('response.status', response.status);
    const forwarded = this.forwarded();
    // The size is derived from the bytes, so it is recomputed rather than trusted.
    const bytes = Buffer.from(bodyBase64, 'base64').length;
    return {
      id,
      channel,
      method,
      path,
      url,
      query,
      headers,
      remoteAddress,
      receivedAt,
      size: bytes,
      contentType,
      bodyBase64,
      verdict,
      response: { status },
      ...(forwarded !== undefined ? { forwarded } : {}),
    };
  }
}

/**
 * The captures of an export (`GET /_yard/api/captures/export`), checked entry by entry and
 * rebuilt from known fields only, so nothing unchecked is stored.
 */
export function parseCaptureExport(data: unknown): Capture[] {
  const d = data as { format?: unknown; version?: unknown; captures?: unknown };
  const expected = `expected {"format":"${EXPORT_FORMAT}","version":1,"captures":[…]} (what GET /_yard/api/captures/export gives)`;
  if (!isObject(d)) throw new CaptureImportError(expected);
  if (d.format !== EXPORT_FORMAT) throw new CaptureImportError(`format must be "${EXPORT_FORMAT}": ${expected}`, 'format');
  if (d.version !== 1) throw new CaptureImportError(`version must be 1: ${expected}`, 'version');
  if (!Array.isArray(d.captures)) throw new CaptureImportError(`captures must be an array: ${expected}`, 'captures');
  return d.captures.map((entry, i) => {
    if (!isObject(entry)) throw new CaptureImportError(`captures[${i}] is not an object`, `captures[${i}]`);
    return new EntryChecker(`captures[${i}]`, entry).capture();
  });
}
