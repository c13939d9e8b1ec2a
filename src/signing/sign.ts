import type { SchemeSpec, SignedHeaders, SignInput } from './types.js';
import { presetCatalogue } from './registry.js';
import { signWith } from './engine/sign.js';
import { forUrl, groupByVariant } from './scheme-variants.js';

/**
 * Signs a body with a scheme (preset id or description); returns the headers to send. Secrets of
 * different key variants (Standard Webhooks `whsec_` and `whsk_`) sign into the same header.
 */
export function sign(scheme: SchemeSpec | string, input: SignInput): SignedHeaders {
  const spec = forUrl(presetCatalogue.resolve(scheme), input.url);
  const secrets = input.secrets ?? (input.secret !== undefined ? [input.secret] : []);
  const groups = groupByVariant(spec, secrets);
  if (groups.length <= 1) return signWith(groups[0]?.scheme ?? spec, input);
  const first = groups[0]!;
  const headers = signWith(first.scheme, { ...input, secret: undefined, secrets: first.secrets });
  const name = spec.signature.header[0];
  for (const group of groups.slice(1)) {
    // The same message id for every version, so one set of headers carries them all.
    const id = headers[spec.messageId?.header[0] ?? ''] ?? input.id;
    const more = signWith(group.scheme, { ...input, secret: undefined, secrets: group.secrets, id });
    headers[name] = `${headers[name]} ${more[name]}`;
  }
  return headers;
}
