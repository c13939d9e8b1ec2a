import type { SchemeSpec } from '../types.js';
import { concatBytes } from './bytes.js';
import { digestLength, hmacText, verifyAsymmetric } from './compute.js';
import { constantTimeEqual } from './constant-time.js';
import { deriveKey, type KeyMaterial } from './keys.js';
import { canonicalSignature, decodeSignature } from './signature-encoding.js';
import type { Refusal, VerifyTrail } from './verify-trail.js';

interface Plan {
  isHmacScheme: boolean;
  expectedLength: number | null;
}

const plans = new WeakMap<SchemeSpec, Plan>();

/** Facts derived from a scheme once, not per request. */
function planFor(scheme: SchemeSpec): Plan {
  let plan = plans.get(scheme);
  if (!plan) {
    plan = { isHmacScheme: scheme.algorithm.startsWith('hmac-'), expectedLength: digestLength(scheme.algorithm) };
    plans.set(scheme, plan);
  }
  return plan;
}

export interface VerifyKey {
  /** Index into the configured secrets. */
  index: number;
  key: KeyMaterial;
}

/** Every configured secret as key material; the unusable ones are noted, and refused only if none is left. */
export function deriveKeys(
  scheme: SchemeSpec,
  secrets: readonly string[],
  label: (index: number) => string,
  trail: VerifyTrail,
): VerifyKey[] | Refusal {
  const keys: VerifyKey[] = [];
  const problems: string[] = [];
  for (let index = 0; index < secrets.length; index++) {
    const derived = deriveKey(scheme, secrets[index]!, 'verify');
    if (derived.ok) keys.push({ index, key: derived.key });
    else problems.push(`${label(index)}: ${derived.message}`);
  }
  if (problems.length > 0) trail.note('secret', keys.length > 0, problems.join('; '));
  if (keys.length === 0) return trail.refuse('invalid_secret', `the secret cannot be used: ${problems.join('; ')}`);
  return keys;
}

export interface MatchResult {
  matched?: { secret: number; signature: number };
  /** Received signatures that are not valid in the scheme's encoding. */
  undecodable: number;
  /** Received signatures of the wrong size for the algorithm. */
  wrongLength: number;
  expectedLength: number | null;
}

/** HMAC: compare in the text domain (no decoding), constant-time over equal lengths. */
function matchHmac(scheme: SchemeSpec, keys: VerifyKey[], parts: Uint8Array[], candidates: readonly string[]): MatchResult['matched'] {
  const expected: Buffer[] = [];
  const expectedFor = (k: number): Buffer => {
    const key = keys[k]!.key;
    const text =
      key.kind === 'secret' ? canonicalSignature(hmacText(scheme.algorithm, key.bytes, parts, scheme.encoding), scheme.encoding) : '';
    return (expected[k] ??= Buffer.from(text, 'latin1'));
  };
  for (let signature = 0; signature < candidates.length; signature++) {
    const received = Buffer.from(canonicalSignature(candidates[signature]!, scheme.encoding), 'latin1');
    for (let k = 0; k < keys.length; k++) if (constantTimeEqual(received, expectedFor(k))) return { secret: keys[k]!.index, signature };
  }
  return undefined;
}

/**
 * Compares every received signature with every configured key (rotation means any may match),
 * and for the ones that match nothing, says why (bad alphabet, wrong size).
 */
export function matchSignatures(scheme: SchemeSpec, keys: VerifyKey[], parts: Uint8Array[], candidates: readonly string[]): MatchResult {
  const { expectedLength, isHmacScheme } = planFor(scheme);
  const result: MatchResult = { undecodable: 0, wrongLength: 0, expectedLength };
  if (isHmacScheme) result.matched = matchHmac(scheme, keys, parts, candidates);
  const whole = isHmacScheme || scheme.algorithm === 'token' ? undefined : concatBytes(parts);
  for (let signature = 0; signature < candidates.length && !result.matched; signature++) {
    const candidate = candidates[signature]!;
    if (scheme.algorithm === 'token') {
      const received = Buffer.from(candidate, 'utf8');
      for (const { index, key } of keys)
        if (key.kind === 'secret' && constantTimeEqual(received, key.bytes)) result.matched = { secret: index, signature };
      continue;
    }
    // Past the HMAC comparison only to classify the failure or check asymmetric signatures.
    const sig = decodeSignature(candidate, scheme.encoding);
    if (!sig) {
      result.undecodable++;
      continue;
    }
    if (expectedLength !== null && sig.length !== expectedLength) {
      result.wrongLength++;
      continue;
    }
    if (isHmacScheme) continue;
    for (let k = 0; k < keys.length && !result.matched; k++) {
      const { index, key } = keys[k]!;
      if (verifyAsymmetric(scheme.algorithm, key, whole!, sig)) result.matched = { secret: index, signature };
    }
  }
  return result;
}
