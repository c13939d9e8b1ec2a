import type { Diagnosis, SchemeSpec } from '../types.js';
import type { HeaderBag } from '../engine/header-bag.js';
import { rankSchemes } from '../detect.js';

/** When the expected header is absent, say which scheme's headers did arrive. */
export function diagnoseMissingHeader(scheme: SchemeSpec, bag: HeaderBag, knownSchemes?: readonly SchemeSpec[]): Diagnosis {
  const others = rankSchemes(bag, knownSchemes).filter((d) => d.scheme.id !== scheme.id);
  const tried = ['headers of every known scheme'];
  if (others.length > 0) {
    const best = others[0]!.scheme;
    const header = best.signature.header.find((n) => bag.all(n).length > 0) ?? best.signature.header[0];
    return {
      cause: 'other-scheme-headers',
      message: `there is no ${scheme.signature.header[0]} header, but ${header} is present: this request looks signed with the ${best.name} scheme (--scheme ${best.id})${best.id === 'svix' && scheme.id !== 'svix' ? ', whose svix-* headers carry the same signature as webhook-*' : ''}.`,
      tried,
    };
  }
  const present = bag.names();
  return {
    cause: null,
    message: `no signature header of any known scheme is present (received: ${present.length ? present.join(', ') : 'no headers'}); a proxy may strip it, or the sender does not sign.`,
    tried,
  };
}
