import type { KeyVariant, SchemeSpec } from './types.js';

function variantFor(scheme: SchemeSpec, secret: string | undefined): KeyVariant | undefined {
  if (secret === undefined) return undefined;
  return scheme.keyVariants?.find((v) => v.prefixes.some((p) => secret.startsWith(p)));
}

function apply(scheme: SchemeSpec, variant: KeyVariant | undefined): SchemeSpec {
  if (!variant) return scheme;
  const { prefixes: _prefixes, ...fields } = variant;
  return { ...scheme, ...fields, keyVariants: undefined };
}

/**
 * Secrets grouped by the scheme variant their prefix selects (Standard Webhooks: `whsec_` → v1
 * HMAC, `whsk_`/`whpk_` → v1a Ed25519), in the order the first secret of each group appears.
 */
export interface VariantGroup {
  scheme: SchemeSpec;
  secrets: string[];
  /** Where each secret sat in the caller's list. */
  indexes: number[];
}

export function groupByVariant(scheme: SchemeSpec, secrets: readonly string[]): VariantGroup[] {
  if (!scheme.keyVariants?.length) return [{ scheme, secrets: [...secrets], indexes: secrets.map((_, i) => i) }];
  const groups = new Map<KeyVariant | undefined, VariantGroup>();
  secrets.forEach((secret, i) => {
    const variant = variantFor(scheme, secret);
    let group = groups.get(variant);
    if (!group) groups.set(variant, (group = { scheme: apply(scheme, variant), secrets: [], indexes: [] }));
    group.secrets.push(secret);
    group.indexes.push(i);
  });
  if (groups.size === 0) return [{ scheme, secrets: [], indexes: [] }];
  return [...groups.values()];
}

/** Twilio: a URL carrying `bodySHA256` means a JSON body, signed as the URL alone. */
export function forUrl(scheme: SchemeSpec, url: string | undefined): SchemeSpec {
  const rule = scheme.contentWhenUrlHas;
  if (!rule || !url) return scheme;
  try {
    return new URL(url).searchParams.has(rule.param) ? { ...scheme, content: rule.content } : scheme;
  } catch {
    return scheme;
  }
}
