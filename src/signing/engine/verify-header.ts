import type { SchemeSpec } from '../types.js';
import { diagnoseMissingHeader } from '../diagnosis/missing-header.js';
import { type HeaderBag, lookupHeader } from './header-bag.js';
import { type ParsedSignatureHeader, parseSignatureHeader } from './signature-header.js';
import type { Refusal, VerifyTrail } from './verify-trail.js';

export interface SignatureHeader {
  name: string;
  parsed: ParsedSignatureHeader;
}

/** The version a scheme counts (`v1`, `sha256=` …), for the "only other versions" message. */
function countedVersion(scheme: SchemeSpec): string {
  const format = scheme.signature.format;
  if (format.kind === 'prefixed') return format.prefix;
  if (format.kind === 'kv-list') return format.signatureKey;
  if (format.kind === 'versioned-list') return format.version;
  return '';
}

/** Finds the signature header once and parses the signatures it carries in the versions the scheme counts. */
export function readSignatureHeader(
  scheme: SchemeSpec,
  bag: HeaderBag,
  trail: VerifyTrail,
  knownSchemes?: readonly SchemeSpec[],
): SignatureHeader | Refusal {
  const found = lookupHeader(bag, scheme.signature.header);
  if (found.kind === 'missing') {
    trail.note('signature header', false, `none of ${found.tried.join(', ')} present`);
    return trail.refuse('missing_header', `the ${found.tried[0]} header is missing`, {
      diagnosis: diagnoseMissingHeader(scheme, bag, knownSchemes),
    });
  }
  if (found.kind === 'duplicate') {
    trail.note('signature header', false, `${found.name} sent ${found.values.length} times with different values`);
    return trail.refuse(
      'duplicate_header',
      `the ${found.name} header was sent ${found.values.length} times with different values; a sender sends it once (several signatures go inside one header)`,
    );
  }
  const parsed = parseSignatureHeader(scheme.signature.format, found.value);
  if (parsed.malformed) {
    trail.note('signature header', false, parsed.malformed);
    return trail.refuse('malformed_header', `${found.name} is malformed: ${parsed.malformed}`);
  }
  if (parsed.signatures.length === 0) {
    const versions = parsed.otherVersions.join(', ');
    trail.note('signature header', false, `only ${versions || 'no'} signatures`);
    const wanted = countedVersion(scheme);
    const sha1 = /sha1/.test(versions) && /sha256/.test(wanted);
    return trail.refuse(
      'no_matching_version',
      `${found.name} carries only ${versions} signature(s); ${scheme.name} counts only "${wanted}"${sha1 ? ' (SHA-1 was sent where SHA-256 is expected: the sender uses the legacy algorithm)' : ''}; other versions are ignored so a signature cannot be downgraded`,
    );
  }
  const count = parsed.signatures.length;
  trail.note('signature header', true, count === 1 ? `1 signature in ${found.name}` : `${count} signatures in ${found.name}`);
  return { name: found.name, parsed };
}

/** The message id header, when the scheme signs `{id}`. */
export function readMessageId(scheme: SchemeSpec, bag: HeaderBag, trail: VerifyTrail): string | Refusal {
  const found = scheme.messageId ? lookupHeader(bag, scheme.messageId.header) : ({ kind: 'missing', tried: ['message id'] } as const);
  if (found.kind === 'found') return found.value;
  const name = scheme.messageId?.header[0] ?? 'message id';
  trail.note('message id', false, `${name} ${found.kind}`);
  return trail.refuse(
    found.kind === 'duplicate' ? 'duplicate_header' : 'missing_header',
    `the ${name} header is ${found.kind === 'duplicate' ? 'duplicated with different values' : 'missing'}; it is part of the signed content`,
  );
}
