import { timingSafeEqual } from 'node:crypto';
import type { HeaderNames, SchemeSpec, Verdict, VerifyInput } from '../types.js';
import { deriveKey, type KeyResult } from './keys.js';
import { hmacText } from './compute.js';
import { renderContentParts } from './signed-content.js';
import { parseSignatureHeader } from './signature-header.js';
import { canonicalSignature } from './signature-encoding.js';
import { parseTimestamp } from './timestamp.js';
import { toBytes } from './bytes.js';

// Node defines the global Headers through a lazy getter; read it once, not per request.
const HeadersClass: typeof Headers | undefined = globalThis.Headers;

/**
 * The success path of HMAC verification with nothing else on it: a server verifies every
 * request, and most are genuine. It answers only "valid"; anything else (no match, odd input,
 * stale timestamp) returns `null` and the full verifier builds the detailed verdict. Both
 * apply the same rules; test/signing/fast-path.test.ts holds them to the same answers.
 */
export function fastVerify(scheme: SchemeSpec, input: VerifyInput): Verdict | null {
  const plan = fastPlan(scheme);
  if (!plan) return null;
  let headers = input.headers as Readonly<Record<string, unknown>>;
  if (!headers || typeof headers !== 'object' || (HeadersClass !== undefined && headers instanceof HeadersClass)) return null;
  if (Array.isArray(headers)) {
    // Raw [name, value] pairs (captures): a record keyed by lower-case name, unless a name repeats.
    const record: Record<string, string> = {};
    for (const pair of headers as ReadonlyArray<readonly [string, string]>) {
      if (!Array.isArray(pair) || typeof pair[0] !== 'string' || typeof pair[1] !== 'string') return null;
      const name = pair[0].toLowerCase();
      if (name in record) return null;
      record[name] = pair[1];
    }
    headers = record;
  }
  const secrets = input.secrets;
  if (!Array.isArray(secrets) || secrets.length !== 1 || typeof secrets[0] !== 'string') return null;
  const label = input.secretLabels?.[0] ?? 'configured secret';

  const sig = single(headers, plan.signature);
  if (sig === null) return null;
  const format = scheme.signature.format;
  const parsed =
    format.kind === 'prefixed'
      ? {
          signatures: sig.value.startsWith(format.prefix) ? [sig.value.slice(format.prefix.length).trim()] : [],
          timestamp: undefined,
          malformed: undefined,
        }
      : parseSignatureHeader(format, sig.value);
  if (parsed.malformed || parsed.signatures.length === 0) return null;

  let timestamp: string | undefined;
  const ts = scheme.timestamp;
  if (ts) {
    if (plan.timestampHeader) {
      const found = single(headers, plan.timestampHeader);
      if (found === null) return null;
      timestamp = found.value.trim();
    } else if ('signatureKey' in ts.source) timestamp = parsed.timestamp;
    else return null;
    if (timestamp === undefined) return null;
    if (ts.toleranceSeconds !== null) {
      const parsedTs = parseTimestamp(ts.unit, timestamp);
      if (!parsedTs.ok || typeof input.now !== 'number') return null;
      const tolerance = input.toleranceSeconds ?? ts.toleranceSeconds;
      if (Math.abs(input.now - parsedTs.ms) > tolerance * 1000) return null;
    }
  }
  let id: string | undefined;
  if (plan.idHeader) {
    const found = single(headers, plan.idHeader);
    if (found === null) return null;
    id = found.value;
  }

  const body = toBytes(input.body);
  const content = plan.bodyOnly ? null : renderContentParts(scheme.content, { body, id, timestamp, url: input.url, method: input.method });
  if (content && !content.ok) return null;
  const secret = secrets[0];
  if (plan.lastSecret !== secret) {
    plan.lastSecret = secret;
    plan.lastKey = deriveKey(scheme, secret, 'verify');
  }
  const key = plan.lastKey!;
  if (!key.ok || key.key.kind !== 'secret') return null;
  // Node writes hex in lower case and base64 with padding; canonicalSignature only strips the padding.
  const digest = hmacText(scheme.algorithm, key.key.bytes, content ? content.parts : body, scheme.encoding);
  const expected = Buffer.from(scheme.encoding === 'hex' ? digest : canonicalSignature(digest, scheme.encoding), 'latin1');
  for (let i = 0; i < parsed.signatures.length; i++) {
    // Hex is compared as sent (senders write lower case); an upper-case one falls through to the full verifier.
    const text = parsed.signatures[i]!;
    const received = Buffer.from(scheme.encoding === 'hex' ? text : canonicalSignature(text, scheme.encoding), 'latin1');
    if (received.length === expected.length && timingSafeEqual(received, expected)) {
      return parsed.signatures.length === 1 ? plan.verdictFor(sig.name, label) : null;
    }
  }
  return null;
}

interface FastPlan {
  /** The content is the body alone: no template to render. */
  bodyOnly: boolean;
  /** The last secret seen and its key: a server verifies with the same secret again and again. */
  lastSecret?: string;
  lastKey?: KeyResult;
  signature: HeaderNames;
  timestampHeader?: HeaderNames;
  idHeader?: HeaderNames;
  verdictFor(headerName: string, label: string): Verdict;
}

const plans = new WeakMap<SchemeSpec, FastPlan | null>();

function fastPlan(scheme: SchemeSpec): FastPlan | null {
  let plan = plans.get(scheme);
  if (plan !== undefined) return plan;
  const hmac = scheme.algorithm.startsWith('hmac-');
  const ts = scheme.timestamp?.source;
  plan =
    hmac && (!ts || !('bodyJsonField' in ts))
      ? {
          bodyOnly: scheme.content === '{body}',
          signature: scheme.signature.header,
          timestampHeader: ts && 'header' in ts ? ts.header : undefined,
          idHeader: scheme.content.includes('{id}') ? scheme.messageId?.header : undefined,
          verdictFor: validVerdict(scheme.timestamp !== undefined && scheme.timestamp.toleranceSeconds !== null),
        }
      : null;
  plans.set(scheme, plan);
  return plan;
}

/** Valid verdicts are immutable values, so one frozen object per header name serves every request. */
function validVerdict(withTimestamp: boolean): (headerName: string, label: string) => Verdict {
  // Header name → label → verdict: no key string is built per request.
  const cache = new Map<string, Map<string, Verdict>>();
  return (headerName, label) => {
    let byLabel = cache.get(headerName);
    if (byLabel === undefined) cache.set(headerName, (byLabel = new Map()));
    let verdict = byLabel.get(label);
    if (verdict === undefined) {
      const checks = [{ name: 'signature header', ok: true, detail: `1 signature in ${headerName}` }];
      if (withTimestamp) checks.push({ name: 'timestamp', ok: true, detail: 'within the tolerance' });
      checks.push({ name: 'signature', ok: true, detail: `matched the ${label}` });
      verdict = Object.freeze({
        ok: true,
        code: 'ok',
        message: `valid: the signature matched the ${label}`,
        checks: Object.freeze(checks.map((c) => Object.freeze(c))) as Verdict['checks'],
        matchedSecret: 0,
      });
      // Bounded: labels come from configuration, but a cache must not grow without limit.
      if (byLabel.size > 1000) byLabel.clear();
      byLabel.set(label, verdict);
    }
    return verdict;
  };
}

/** The one value of the first present name, or null when absent, repeated, or not a plain string. */
function single(headers: Readonly<Record<string, unknown>>, names: HeaderNames): { name: string; value: string } | null {
  for (const name of names) {
    let value: string | undefined;
    let count = 0;
    const lower = name.toLowerCase();
    for (const key in headers) {
      if (key.length !== name.length) continue;
      if (key !== name && key.toLowerCase() !== lower) continue;
      const v = headers[key];
      if (v === undefined) continue;
      if (typeof v !== 'string') return null;
      value = v;
      count++;
    }
    if (count > 1) return null;
    if (value !== undefined) return { name, value };
  }
  return null;
}
