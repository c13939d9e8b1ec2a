import type { SchemeSpec, Verdict, VerifyInput } from '../types.js';
import { toBytes } from './bytes.js';
import { toHeaderBag } from './header-bag.js';
import { renderContentParts } from './signed-content.js';
import { fastVerify } from './fast-verify.js';
import { readMessageId, readSignatureHeader } from './verify-header.js';
import { checkFreshness, readTimestamp } from './verify-timestamp.js';
import { deriveKeys, matchSignatures } from './verify-match.js';
import { mismatchVerdict, validVerdict } from './verify-verdict.js';
import { ordinal, Refusal, VerifyTrail } from './verify-trail.js';

/** Verifies a received request. Never throws: every problem is a verdict with a code and a message. */
export function verifyWith(scheme: SchemeSpec, input: VerifyInput, options?: { fastPath?: boolean }): Verdict {
  if (options?.fastPath !== false) {
    const fast = fastVerify(scheme, input);
    if (fast) return fast;
  }
  return verifySlowly(scheme, input);
}

/** The secrets to try: all of them when every one is usable, else only the non-empty strings. */
function usableSecrets(given: readonly unknown[]): string[] {
  const usable = (s: unknown): s is string => typeof s === 'string' && s.length > 0;
  return given.every(usable) ? (given as string[]) : given.filter(usable);
}

function noSecret(scheme: SchemeSpec, trail: VerifyTrail): Verdict {
  const what = scheme.algorithm === 'ed25519' || scheme.algorithm === 'ecdsa-p256-sha256' ? 'public key' : 'signing secret';
  return trail.refuse('no_secret', `no secret to verify with: pass the ${scheme.name} ${what}`).verdict;
}

/**
 * The full verification, every check recorded: the signature header, the timestamp and message
 * id, the signed content, the keys, the comparison, the replay window, then the explanation.
 */
function verifySlowly(scheme: SchemeSpec, input: VerifyInput): Verdict {
  const trail = new VerifyTrail();
  const bag = toHeaderBag(input.headers ?? {});
  const body = toBytes(input.body ?? new Uint8Array(0));
  const secrets = usableSecrets(input.secrets ?? []);
  const label = (i: number): string =>
    input.secretLabels?.[i] ?? (secrets.length === 1 ? 'configured secret' : `${ordinal(i)} configured secret`);
  if (secrets.length === 0) return noSecret(scheme, trail);

  const header = readSignatureHeader(scheme, bag, trail, input.knownSchemes);
  if (header instanceof Refusal) return header.verdict;
  const timestamp = readTimestamp(scheme, bag, header, body, trail);
  if (timestamp instanceof Refusal) return timestamp.verdict;
  const id = scheme.content.includes('{id}') ? readMessageId(scheme, bag, trail) : undefined;
  if (id instanceof Refusal) return id.verdict;

  const content = renderContentParts(scheme.content, { body, id, timestamp: timestamp?.raw, url: input.url, method: input.method });
  if (!content.ok) {
    trail.note('signed content', false, content.message);
    return trail.refuse(content.code, content.message).verdict;
  }
  const keys = deriveKeys(scheme, secrets, label, trail);
  if (keys instanceof Refusal) return keys.verdict;

  const candidates = header.parsed.signatures;
  const match = matchSignatures(scheme, keys, content.parts, candidates);
  const stale = checkFreshness(scheme, input, timestamp, match.matched !== undefined, trail);
  if (stale) return stale.verdict;
  if (match.matched) return validVerdict(match.matched, candidates.length, label(match.matched.secret), trail);
  const context = { scheme, input, body, bag, candidates, secrets, label, keyCount: keys.length, id, timestamp: timestamp?.raw };
  return mismatchVerdict(context, match, trail);
}
