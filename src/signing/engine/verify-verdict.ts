import type { HeaderBag } from './header-bag.js';
import type { SchemeSpec, Verdict, VerifyInput } from '../types.js';
import { diagnose } from '../diagnosis/diagnose.js';
import { plausibleEncodings } from './signature-encoding.js';
import type { MatchResult } from './verify-match.js';
import { ordinal, type VerifyTrail } from './verify-trail.js';

function sizeHint(text: string): string {
  const hexLen = /^[0-9a-fA-F]+$/.test(text) ? text.length : 0;
  const b64Len = text.replace(/=+$/, '').length;
  if (hexLen === 40 || b64Len === 27) return ' It is SHA-1-sized (20 bytes).';
  if (hexLen === 64 || b64Len === 43) return ' It is SHA-256-sized (32 bytes).';
  if (hexLen === 128 || b64Len === 86) return ' It is SHA-512-sized (64 bytes).';
  return '';
}

/** A matched signature, saying which secret and, among several, which signature (a verifier checking one would fail). */
export function validVerdict(matched: { secret: number; signature: number }, count: number, label: string, trail: VerifyTrail): Verdict {
  trail.note('signature', true, `matched the ${label}`);
  const position =
    count > 1
      ? ` (the ${ordinal(matched.signature)} of ${count} signatures in the header: a verifier that checks only one would fail)`
      : '';
  return {
    ok: true,
    code: 'ok',
    message: `valid: the signature matched the ${label}${position}`,
    checks: trail.checks,
    matchedSecret: matched.secret,
  };
}

/** What the diagnosis needs to recompute the likely mistakes. */
export interface MismatchContext {
  scheme: SchemeSpec;
  input: VerifyInput;
  body: Uint8Array;
  bag: HeaderBag;
  candidates: readonly string[];
  secrets: readonly string[];
  label(index: number): string;
  keyCount: number;
  id: string | undefined;
  timestamp: string | undefined;
}

/** No signature matched: says whether they were unreadable, the wrong size, or simply different, and why if it can tell. */
export function mismatchVerdict(ctx: MismatchContext, match: MatchResult, trail: VerifyTrail): Verdict {
  const { scheme, input, candidates } = ctx;
  const withDiagnosis = () =>
    input.diagnose === false
      ? undefined
      : diagnose({
          scheme,
          body: ctx.body,
          candidates,
          secrets: ctx.secrets.map((secret, i) => ({ secret, label: ctx.label(i) })),
          knownSecrets: input.knownSecrets ?? [],
          headers: ctx.bag,
          id: ctx.id,
          timestamp: ctx.timestamp,
          url: input.url,
          method: input.method,
        });
  const first = candidates[0]!;
  if (match.undecodable === candidates.length) {
    const looks = plausibleEncodings(first).filter((e) => e !== scheme.encoding);
    trail.note('signature', false, `not valid ${scheme.encoding}`);
    const message = `the signature is not valid ${scheme.encoding}${looks.length ? ` (it looks like ${looks[0]})` : ''}`;
    return trail.refuse('malformed_header', message, { diagnosis: withDiagnosis() }).verdict;
  }
  if (match.wrongLength + match.undecodable === candidates.length) {
    trail.note('signature', false, 'wrong length');
    const expected = `${scheme.algorithm.toUpperCase()} (${match.expectedLength} bytes expected)`;
    return trail.refuse('wrong_length', `the signature has the wrong length for ${expected}.${sizeHint(first)}`, {
      diagnosis: withDiagnosis(),
    }).verdict;
  }
  trail.note('signature', false, `no match with ${ctx.keyCount} ${ctx.keyCount === 1 ? 'secret' : 'secrets'}`);
  const diagnosis = withDiagnosis();
  return trail.refuse('signature_mismatch', `the signature does not match${diagnosis?.cause ? `: ${diagnosis.message}` : ''}`, {
    diagnosis,
  }).verdict;
}
