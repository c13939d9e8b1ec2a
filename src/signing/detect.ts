import type { HeadersInput, SchemeSpec } from './types.js';
import { toHeaderBag, type HeaderBag } from './engine/header-bag.js';
import { builtInSchemes } from './registry.js';

export interface DetectedScheme {
  scheme: SchemeSpec;
  /** Higher is better: which of the scheme's headers are present, primary names first. */
  score: number;
}

function nameScore(bag: HeaderBag, names: readonly string[]): number {
  if (bag.all(names[0]!).length > 0) return 2;
  return names.some((n) => bag.all(n).length > 0) ? 1 : 0;
}

const ORIGIN_RANK: Record<SchemeSpec['origin'], number> = { standard: 0.3, vendor: 0.2, profile: 0.1, custom: 0 };

/** Scores every scheme whose signature header is present; best first. */
export function rankSchemes(headers: HeadersInput | HeaderBag, schemes: readonly SchemeSpec[] = builtInSchemes): DetectedScheme[] {
  const bag = 'all' in headers && typeof headers.all === 'function' ? (headers as HeaderBag) : toHeaderBag(headers as HeadersInput);
  const out: DetectedScheme[] = [];
  for (const scheme of schemes) {
    const signature = nameScore(bag, scheme.signature.header);
    if (signature === 0) continue;
    let score = signature * 10;
    const ts = scheme.timestamp?.source;
    if (ts && 'header' in ts) score += nameScore(bag, ts.header) * 3;
    if (scheme.messageId) score += nameScore(bag, scheme.messageId.header) * 3;
    // A bare prefix check tells GitHub's sha1= from Intercom's only by the delivery header; prefer exact prefixes.
    const value = bag.all(scheme.signature.header.find((n) => bag.all(n).length > 0)!)[0] ?? '';
    const format = scheme.signature.format;
    if (format.kind === 'prefixed') score += value.startsWith(format.prefix) ? 2 : -5;
    if (format.kind === 'versioned-list') score += value.includes(`${format.version}${format.versionSeparator}`) ? 2 : -5;
    if (format.kind === 'kv-list') score += value.includes(`${format.signatureKey}${format.kvSeparator}`) ? 2 : -5;
    out.push({ scheme, score: score + ORIGIN_RANK[scheme.origin] });
  }
  return out.filter((d) => d.score > 0).sort((a, b) => b.score - a.score);
}

/** The presets whose headers are present, best first. */
export function detectSchemes(headers: HeadersInput, schemes?: readonly SchemeSpec[]): SchemeSpec[] {
  return rankSchemes(headers, schemes).map((d) => d.scheme);
}
