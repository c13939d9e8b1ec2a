import { createHash } from 'node:crypto';
import { concatBytes, utf8 } from './bytes.js';

export interface ContentParams {
  body: Uint8Array;
  id?: string;
  timestamp?: string;
  method?: string;
  url?: string;
}

export type ContentResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; code: 'missing_url' | 'missing_header' | 'body_hash_mismatch'; message: string };

const PLACEHOLDER = /\{(id|timestamp|body|method|url|hubspotUri|formParams|bodySha256Url)\}/g;

// HubSpot v3 signs the URI with exactly these escapes decoded.
const HUBSPOT_DECODES: Record<string, string> = {
  '%3a': ':',
  '%2f': '/',
  '%3f': '?',
  '%40': '@',
  '%21': '!',
  '%24': '$',
  '%27': "'",
  '%28': '(',
  '%29': ')',
  '%2a': '*',
  '%2c': ',',
  '%3b': ';',
};

export function hubspotUri(url: string): string {
  return url.replace(/%(3a|2f|3f|40|21|24|27|28|29|2a|2c|3b)/gi, (m) => HUBSPOT_DECODES[m.toLowerCase()] ?? m);
}

/** Twilio: every form parameter sorted by name (values sorted too), name + value concatenated. */
function twilioFormParams(body: Uint8Array): string {
  const params = new URLSearchParams(Buffer.from(body).toString('utf8'));
  const grouped = new Map<string, string[]>();
  for (const [name, value] of params) {
    const list = grouped.get(name);
    if (list) list.push(value);
    else grouped.set(name, [value]);
  }
  let out = '';
  for (const name of [...grouped.keys()].sort()) for (const value of [...new Set(grouped.get(name)!)].sort()) out += name + value;
  return out;
}

function sha256Hex(body: Uint8Array): string {
  return createHash('sha256').update(body).digest('hex');
}

/** Twilio JSON requests carry `bodySHA256=<hex>` in the URL; the signature covers the URL alone. */
export function withBodySha256(url: string, body: Uint8Array): string {
  const parsed = new URL(url);
  if (parsed.searchParams.has('bodySHA256')) return url;
  return `${url}${parsed.search ? '&' : '?'}bodySHA256=${sha256Hex(body)}`;
}

export function templateUses(template: string, name: string): boolean {
  return template.includes(`{${name}}`);
}

type Segment = { literal: Uint8Array } | { name: string };

const compiled = new Map<string, Segment[]>();

/** Templates are parsed once; literals are pre-encoded. */
function compile(template: string): Segment[] {
  let segments = compiled.get(template);
  if (segments) return segments;
  segments = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    if (match.index > last) segments.push({ literal: utf8(template.slice(last, match.index)) });
    segments.push({ name: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < template.length) segments.push({ literal: utf8(template.slice(last)) });
  compiled.set(template, segments);
  return segments;
}

export type ContentPartsResult = { ok: true; parts: Uint8Array[] } | Extract<ContentResult, { ok: false }>;

/** Renders a content template to the exact byte parts to sign; the body is spliced in as bytes, uncopied. */
export function renderContentParts(template: string, params: ContentParams): ContentPartsResult {
  const parts: Uint8Array[] = [];
  for (const segment of compile(template)) {
    if ('literal' in segment) {
      parts.push(segment.literal);
      continue;
    }
    const name = segment.name;
    if (name === 'body') {
      parts.push(params.body);
      continue;
    }
    if (name === 'url' || name === 'hubspotUri' || name === 'bodySha256Url') {
      if (!params.url)
        return {
          ok: false,
          code: 'missing_url',
          message: 'this scheme signs the request URL: pass the full URL the sender posted to (--url)',
        };
      if (name === 'url') parts.push(utf8(params.url));
      else if (name === 'hubspotUri') parts.push(utf8(hubspotUri(params.url)));
      else {
        let hash: string | null;
        try {
          hash = new URL(params.url).searchParams.get('bodySHA256');
        } catch {
          return { ok: false, code: 'missing_url', message: `"${params.url}" is not an absolute URL` };
        }
        if (!hash)
          return {
            ok: false,
            code: 'missing_url',
            message: 'a JSON Twilio request URL carries bodySHA256=<hex sha256 of the body>; this URL has none',
          };
        if (hash.toLowerCase() !== sha256Hex(params.body)) {
          return {
            ok: false,
            code: 'body_hash_mismatch',
            message: 'the bodySHA256 in the URL is not the SHA-256 of the body: the body changed after signing',
          };
        }
        parts.push(utf8(params.url));
      }
      continue;
    }
    if (name === 'formParams') {
      parts.push(utf8(twilioFormParams(params.body)));
      continue;
    }
    if (name === 'method') {
      parts.push(utf8((params.method ?? 'POST').toUpperCase()));
      continue;
    }
    const value = name === 'id' ? params.id : params.timestamp;
    if (value === undefined) return { ok: false, code: 'missing_header', message: `the signed content needs the ${name}` };
    parts.push(utf8(value));
  }
  return { ok: true, parts };
}

/** As `renderContentParts`, joined into one buffer (asymmetric signatures need it whole). */
export function renderContent(template: string, params: ContentParams): ContentResult {
  const result = renderContentParts(template, params);
  if (!result.ok) return result;
  return { ok: true, bytes: result.parts.length === 1 ? result.parts[0]! : concatBytes(result.parts) };
}
