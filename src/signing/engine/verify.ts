import type { SchemeSpec, Verdict, VerifyCheck, VerifyCode, VerifyInput } from '../types.js';
import { toBytes } from './bytes.js';
import { lookupHeader, toHeaderBag, type HeaderBag } from './header-bag.js';
import { deriveKey, type KeyMaterial } from './keys.js';
import { renderContentParts } from './signed-content.js';
import { concatBytes } from './bytes.js';
import { digestLength, hmacText, verifyAsymmetric } from './compute.js';
import { constantTimeEqual } from './constant-time.js';
import { canonicalSignature, decodeSignature, plausibleEncodings } from './signature-encoding.js';
import { parseSignatureHeader } from './signature-header.js';
import { checkWindow, parseTimestamp } from './timestamp.js';
import { diagnose } from '../diagnosis/diagnose.js';
import { fastVerify } from './fast-verify.js';
import { diagnoseMissingHeader } from '../diagnosis/missing-header.js';

function ordinal(n: number): string {
  return ['first', 'second', 'third', 'fourth', 'fifth'][n] ?? `#${n + 1}`;
}

function sizeHint(text: string): string {
  const hexLen = /^[0-9a-fA-F]+$/.test(text) ? text.length : 0;
  const b64Len = text.replace(/=+$/, '').length;
  if (hexLen === 40 || b64Len === 27) return ' It is SHA-1-sized (20 bytes).';
  if (hexLen === 64 || b64Len === 43) return ' It is SHA-256-sized (32 bytes).';
  if (hexLen === 128 || b64Len === 86) return ' It is SHA-512-sized (64 bytes).';
  return '';
}

interface Plan {
  usesId: boolean;
  isHmacScheme: boolean;
  expectedLength: number | null;
}

const plans = new WeakMap<SchemeSpec, Plan>();

/** Facts derived from a scheme once, not per request. */
function planFor(scheme: SchemeSpec): Plan {
  let plan = plans.get(scheme);
  if (!plan) {
    plan = {
      usesId: scheme.content.includes('{id}'),
      isHmacScheme: scheme.algorithm.startsWith('hmac-'),
      expectedLength: digestLength(scheme.algorithm),
    };
    plans.set(scheme, plan);
  }
  return plan;
}

function secretLabel(input: VerifyInput, count: number, i: number): string {
  return input.secretLabels?.[i] ?? (count === 1 ? 'configured secret' : `${ordinal(i)} configured secret`);
}

function failure(checks: VerifyCheck[], code: VerifyCode, message: string, extra?: Partial<Verdict>): Verdict {
  return extra ? { ok: false, code, message, checks, ...extra } : { ok: false, code, message, checks };
}

/** Verifies a received request. Never throws: every problem is a verdict with a code and a message. */
export function verifyWith(scheme: SchemeSpec, input: VerifyInput, options?: { fastPath?: boolean }): Verdict {
  if (options?.fastPath !== false) {
    const fast = fastVerify(scheme, input);
    if (fast) return fast;
  }
  return verifySlowly(scheme, input);
}

function verifySlowly(scheme: SchemeSpec, input: VerifyInput): Verdict {
  const checks: VerifyCheck[] = [];
  const bag: HeaderBag = toHeaderBag(input.headers ?? {});
  const body = toBytes(input.body ?? new Uint8Array(0));
  const given = input.secrets ?? [];
  let usable = true;
  for (let i = 0; i < given.length; i++) if (typeof given[i] !== 'string' || given[i]!.length === 0) usable = false;
  const secrets = usable ? given : given.filter((s) => typeof s === 'string' && s.length > 0);
  const label = (i: number): string => secretLabel(input, secrets.length, i);
  const fail = (code: VerifyCode, message: string, extra?: Partial<Verdict>): Verdict => failure(checks, code, message, extra);

  if (secrets.length === 0)
    return fail(
      'no_secret',
      `no secret to verify with: pass the ${scheme.name} ${scheme.algorithm === 'ed25519' || scheme.algorithm === 'ecdsa-p256-sha256' ? 'public key' : 'signing secret'}`,
    );

  const sigHeader = lookupHeader(bag, scheme.signature.header);
  if (sigHeader.kind === 'missing') {
    checks.push({ name: 'signature header', ok: false, detail: `none of ${sigHeader.tried.join(', ')} present` });
    return fail('missing_header', `the ${sigHeader.tried[0]} header is missing`, { diagnosis: diagnoseMissingHeader(scheme, bag) });
  }
  if (sigHeader.kind === 'duplicate') {
    checks.push({
      name: 'signature header',
      ok: false,
      detail: `${sigHeader.name} sent ${sigHeader.values.length} times with different values`,
    });
    return fail(
      'duplicate_header',
      `the ${sigHeader.name} header was sent ${sigHeader.values.length} times with different values; a sender sends it once (several signatures go inside one header)`,
    );
  }
  const parsed = parseSignatureHeader(scheme.signature.format, sigHeader.value);
  if (parsed.malformed) {
    checks.push({ name: 'signature header', ok: false, detail: parsed.malformed });
    return fail('malformed_header', `${sigHeader.name} is malformed: ${parsed.malformed}`);
  }
  if (parsed.signatures.length === 0) {
    const versions = parsed.otherVersions.join(', ');
    checks.push({ name: 'signature header', ok: false, detail: `only ${versions || 'no'} signatures` });
    const kind = scheme.signature.format.kind;
    const wanted =
      kind === 'prefixed'
        ? scheme.signature.format.prefix
        : kind === 'kv-list'
          ? scheme.signature.format.signatureKey
          : kind === 'versioned-list'
            ? scheme.signature.format.version
            : '';
    const sha1 = /sha1/.test(versions) && /sha256/.test(wanted);
    return fail(
      'no_matching_version',
      `${sigHeader.name} carries only ${versions} signature(s); ${scheme.name} counts only "${wanted}"${sha1 ? ' (SHA-1 was sent where SHA-256 is expected: the sender uses the legacy algorithm)' : ''}; other versions are ignored so a signature cannot be downgraded`,
    );
  }
  checks.push({
    name: 'signature header',
    ok: true,
    detail:
      parsed.signatures.length === 1 ? `1 signature in ${sigHeader.name}` : `${parsed.signatures.length} signatures in ${sigHeader.name}`,
  });

  let timestamp: string | undefined;
  let timestampMs: number | undefined;
  const ts = scheme.timestamp;
  if (ts) {
    let raw: string | undefined;
    let where = '';
    if ('header' in ts.source) {
      const found = lookupHeader(bag, ts.source.header);
      where = ts.source.header[0];
      if (found.kind === 'duplicate')
        return fail('duplicate_header', `the ${found.name} header was sent ${found.values.length} times with different values`);
      raw = found.kind === 'found' ? found.value.trim() : undefined;
    } else if ('signatureKey' in ts.source) {
      where = `"${ts.source.signatureKey}=" in ${sigHeader.name}`;
      raw = parsed.timestamp;
    } else {
      where = `the body's "${ts.source.bodyJsonField}" field`;
      try {
        const value = (JSON.parse(Buffer.from(body).toString('utf8')) as Record<string, unknown>)[ts.source.bodyJsonField];
        raw = typeof value === 'number' || typeof value === 'string' ? String(value) : undefined;
      } catch {
        raw = undefined;
      }
    }
    if (raw === undefined || raw === '') {
      checks.push({ name: 'timestamp', ok: false, detail: `${where} missing` });
      return fail('missing_timestamp', `the timestamp (${where}) is missing`);
    }
    const parsedTs = parseTimestamp(ts.unit, raw);
    if (!parsedTs.ok) {
      checks.push({ name: 'timestamp', ok: false, detail: parsedTs.message });
      return fail('malformed_timestamp', `the timestamp (${where}) is malformed: ${parsedTs.message}`);
    }
    timestamp = raw;
    timestampMs = parsedTs.ms;
  }

  let id: string | undefined;
  const plan = planFor(scheme);
  if (plan.usesId) {
    const found = scheme.messageId ? lookupHeader(bag, scheme.messageId.header) : ({ kind: 'missing', tried: ['message id'] } as const);
    if (found.kind !== 'found') {
      const name = scheme.messageId?.header[0] ?? 'message id';
      checks.push({ name: 'message id', ok: false, detail: `${name} ${found.kind}` });
      return fail(
        found.kind === 'duplicate' ? 'duplicate_header' : 'missing_header',
        `the ${name} header is ${found.kind === 'duplicate' ? 'duplicated with different values' : 'missing'}; it is part of the signed content`,
      );
    }
    id = found.value;
  }

  const content = renderContentParts(scheme.content, { body, id, timestamp, url: input.url, method: input.method });
  if (!content.ok) {
    checks.push({ name: 'signed content', ok: false, detail: content.message });
    return fail(content.code, content.message);
  }

  const keys: Array<{ index: number; key: KeyMaterial }> = [];
  const keyProblems: string[] = [];
  for (let index = 0; index < secrets.length; index++) {
    const derived = deriveKey(scheme, secrets[index]!, 'verify');
    if (derived.ok) keys.push({ index, key: derived.key });
    else keyProblems.push(`${label(index)}: ${derived.message}`);
  }
  if (keyProblems.length > 0) checks.push({ name: 'secret', ok: keys.length > 0, detail: keyProblems.join('; ') });
  if (keys.length === 0) return fail('invalid_secret', `the secret cannot be used: ${keyProblems.join('; ')}`);

  // Compare every received signature with every configured key: rotation means any may match.
  let matched: { secret: number; signature: number } | undefined;
  let undecodable = 0;
  let wrongLength = 0;
  const { expectedLength, isHmacScheme } = plan;
  const whole = isHmacScheme || scheme.algorithm === 'token' ? undefined : concatBytes(content.parts);
  const candidates = parsed.signatures;
  // HMAC fast path: compare in the text domain (no decoding), constant-time over equal lengths.
  if (isHmacScheme) {
    const expected: Buffer[] = [];
    const expectedFor = (k: number): Buffer => {
      const key = keys[k]!.key;
      return (expected[k] ??= Buffer.from(
        key.kind === 'secret'
          ? canonicalSignature(hmacText(scheme.algorithm, key.bytes, content.parts, scheme.encoding), scheme.encoding)
          : '',
        'latin1',
      ));
    };
    for (let signatureIndex = 0; signatureIndex < candidates.length && !matched; signatureIndex++) {
      const received = Buffer.from(canonicalSignature(candidates[signatureIndex]!, scheme.encoding), 'latin1');
      for (let k = 0; k < keys.length; k++) {
        if (constantTimeEqual(received, expectedFor(k))) {
          matched = { secret: keys[k]!.index, signature: signatureIndex };
          break;
        }
      }
    }
  }
  for (let signatureIndex = 0; signatureIndex < candidates.length && !matched; signatureIndex++) {
    const candidate = candidates[signatureIndex]!;
    if (scheme.algorithm === 'token') {
      const received = Buffer.from(candidate, 'utf8');
      for (const { index, key } of keys)
        if (key.kind === 'secret' && constantTimeEqual(received, key.bytes)) matched = { secret: index, signature: signatureIndex };
      continue;
    }
    // Past the fast path only to classify the failure (bad alphabet, wrong size) or check asymmetric signatures.
    const sig = decodeSignature(candidate, scheme.encoding);
    if (!sig) {
      undecodable++;
      continue;
    }
    if (expectedLength !== null && sig.length !== expectedLength) {
      wrongLength++;
      continue;
    }
    if (isHmacScheme) continue;
    for (let k = 0; k < keys.length && !matched; k++) {
      const { index, key } = keys[k]!;
      if (verifyAsymmetric(scheme.algorithm, key, whole!, sig)) matched = { secret: index, signature: signatureIndex };
    }
  }

  if (timestampMs !== undefined && ts && ts.toleranceSeconds !== null) {
    const tolerance = input.toleranceSeconds ?? ts.toleranceSeconds;
    if (typeof input.now !== 'number' || !Number.isFinite(input.now)) {
      return fail('missing_timestamp', `${scheme.name} checks the timestamp against the current time: pass now (unix ms)`);
    }
    const window = checkWindow(ts.unit, timestampMs, input.now, tolerance);
    checks.push({
      name: 'timestamp',
      ok: window.ok,
      detail: window.ok ? `${Math.round(window.deltaSeconds)} s from now, within ±${tolerance} s` : window.message,
    });
    if (!window.ok) {
      return fail(window.code, `${window.message}${matched ? ' The signature itself is valid.' : ' The signature does not match either.'}`);
    }
  }

  if (matched) {
    const which = label(matched.secret);
    checks.push({ name: 'signature', ok: true, detail: `matched the ${which}` });
    const position =
      parsed.signatures.length > 1
        ? ` (the ${ordinal(matched.signature)} of ${parsed.signatures.length} signatures in the header: a verifier that checks only one would fail)`
        : '';
    return { ok: true, code: 'ok', message: `valid: the signature matched the ${which}${position}`, checks, matchedSecret: matched.secret };
  }

  const first = parsed.signatures[0]!;
  const ctx = () => ({
    scheme,
    body,
    candidates: parsed.signatures,
    secrets: secrets.map((secret, i) => ({ secret, label: label(i) })),
    knownSecrets: input.knownSecrets ?? [],
    headers: bag,
    id,
    timestamp,
    url: input.url,
    method: input.method,
  });
  const withDiagnosis = input.diagnose === false ? () => undefined : () => diagnose(ctx());

  if (undecodable === parsed.signatures.length) {
    const looks = plausibleEncodings(first).filter((e) => e !== scheme.encoding);
    checks.push({ name: 'signature', ok: false, detail: `not valid ${scheme.encoding}` });
    return fail('malformed_header', `the signature is not valid ${scheme.encoding}${looks.length ? ` (it looks like ${looks[0]})` : ''}`, {
      diagnosis: withDiagnosis(),
    });
  }
  if (wrongLength + undecodable === parsed.signatures.length) {
    checks.push({ name: 'signature', ok: false, detail: `wrong length` });
    return fail(
      'wrong_length',
      `the signature has the wrong length for ${scheme.algorithm.toUpperCase()} (${expectedLength} bytes expected).${sizeHint(first)}`,
      { diagnosis: withDiagnosis() },
    );
  }
  checks.push({ name: 'signature', ok: false, detail: `no match with ${keys.length} ${keys.length === 1 ? 'secret' : 'secrets'}` });
  const diagnosis = withDiagnosis();
  return fail('signature_mismatch', `the signature does not match${diagnosis?.cause ? `: ${diagnosis.message}` : ''}`, { diagnosis });
}
