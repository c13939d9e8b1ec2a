import type { SchemeSpec, VerifyInput } from '../types.js';
import { type HeaderBag, lookupHeader } from './header-bag.js';
import type { SignatureHeader } from './verify-header.js';
import { checkWindow, parseTimestamp } from './timestamp.js';
import { Refusal, type VerifyTrail } from './verify-trail.js';

export interface ReceivedTimestamp {
  raw: string;
  ms: number;
}

/** The raw timestamp from wherever the scheme keeps it (a header, a key of the signature header, a body field). */
function locate(
  scheme: SchemeSpec,
  bag: HeaderBag,
  header: SignatureHeader,
  body: Uint8Array,
  trail: VerifyTrail,
): { where: string; raw: string | undefined } | Refusal {
  const source = scheme.timestamp!.source;
  if ('header' in source) {
    const found = lookupHeader(bag, source.header);
    if (found.kind === 'duplicate')
      return trail.refuse('duplicate_header', `the ${found.name} header was sent ${found.values.length} times with different values`);
    return { where: source.header[0], raw: found.kind === 'found' ? found.value.trim() : undefined };
  }
  if ('signatureKey' in source) return { where: `"${source.signatureKey}=" in ${header.name}`, raw: header.parsed.timestamp };
  const where = `the body's "${source.bodyJsonField}" field`;
  try {
    const value = (JSON.parse(Buffer.from(body).toString('utf8')) as Record<string, unknown>)[source.bodyJsonField];
    return { where, raw: typeof value === 'number' || typeof value === 'string' ? String(value) : undefined };
  } catch {
    return { where, raw: undefined };
  }
}

/** The signed timestamp, parsed; undefined when the scheme signs none. */
export function readTimestamp(
  scheme: SchemeSpec,
  bag: HeaderBag,
  header: SignatureHeader,
  body: Uint8Array,
  trail: VerifyTrail,
): ReceivedTimestamp | undefined | Refusal {
  const ts = scheme.timestamp;
  if (!ts) return undefined;
  const located = locate(scheme, bag, header, body, trail);
  if (located instanceof Refusal) return located;
  const { where, raw } = located;
  if (raw === undefined || raw === '') {
    trail.note('timestamp', false, `${where} missing`);
    return trail.refuse('missing_timestamp', `the timestamp (${where}) is missing`);
  }
  const parsed = parseTimestamp(ts.unit, raw);
  if (!parsed.ok) {
    trail.note('timestamp', false, parsed.message);
    return trail.refuse('malformed_timestamp', `the timestamp (${where}) is malformed: ${parsed.message}`);
  }
  return { raw, ms: parsed.ms };
}

/**
 * The replay window, checked after the signature so the message can say whether the signature
 * itself was right (a stale but genuine request is a clock problem, not a secret problem).
 */
export function checkFreshness(
  scheme: SchemeSpec,
  input: VerifyInput,
  timestamp: ReceivedTimestamp | undefined,
  signatureValid: boolean,
  trail: VerifyTrail,
): Refusal | undefined {
  const ts = scheme.timestamp;
  if (timestamp === undefined || !ts || ts.toleranceSeconds === null) return undefined;
  const tolerance = input.toleranceSeconds ?? ts.toleranceSeconds;
  if (typeof input.now !== 'number' || !Number.isFinite(input.now))
    return trail.refuse('missing_timestamp', `${scheme.name} checks the timestamp against the current time: pass now (unix ms)`);
  const window = checkWindow(ts.unit, timestamp.ms, input.now, tolerance);
  trail.note('timestamp', window.ok, window.ok ? `${Math.round(window.deltaSeconds)} s from now, within ±${tolerance} s` : window.message);
  if (window.ok) return undefined;
  return trail.refuse(
    window.code,
    `${window.message}${signatureValid ? ' The signature itself is valid.' : ' The signature does not match either.'}`,
  );
}
