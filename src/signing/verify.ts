import type { SchemeSpec, Verdict, VerifyInput } from './types.js';
import { presetCatalogue } from './registry.js';
import { verifyWith } from './engine/verify.js';
import { forUrl, groupByVariant } from './scheme-variants.js';

/** Verifies a received request; never throws for bad input (an unknown preset id does throw). */
export function verify(scheme: SchemeSpec | string, input: VerifyInput): Verdict {
  const spec = forUrl(presetCatalogue.resolve(scheme), input.url);
  // One kind of key: nothing to group (the common case, on every request a server verifies).
  if (!spec.keyVariants?.length) return verifyWith(spec, input);
  const groups = groupByVariant(spec, Array.isArray(input.secrets) ? input.secrets : []);
  if (groups.length <= 1) return verifyWith(groups[0]?.scheme ?? spec, input);
  // Mixed key kinds: each kind checks its own signature version; any match is enough.
  let first: Verdict | undefined;
  for (const group of groups) {
    const labels = input.secretLabels ? group.indexes.map((i) => input.secretLabels![i]!) : undefined;
    const verdict = verifyWith(group.scheme, { ...input, secrets: group.secrets, secretLabels: labels });
    if (verdict.ok) {
      const matched = verdict.matchedSecret !== undefined ? group.indexes[verdict.matchedSecret] : undefined;
      return { ...verdict, matchedSecret: matched };
    }
    first ??= verdict;
  }
  return first!;
}
