/**
 * Destination-URL rules shared by the profiles. Validation never resolves DNS: only the literal
 * host is judged (the delivery layer checks the resolved address at connect time).
 */
import type { DeployEnv } from '../types.js';
import { describeType } from './json-values.js';

export interface UrlRules {
  env: DeployEnv;
  /** Maximum length in characters (counted on the input string). */
  maxLength?: number;
  /** Production requires https (sandbox always accepts http). */
  httpsInProduction: boolean;
  /** Production rejects loopback/private/link-local literal hosts (sandbox accepts them). */
  publicHostInProduction: boolean;
}

export type UrlProblem = 'missing' | 'too_long' | 'invalid' | 'scheme' | 'https_required' | 'private_host';

export type UrlVerdict = { ok: true; url: URL } | { ok: false; problem: UrlProblem; message: string };

/** Parses an absolute http(s) URL with a host; anything else is null. */
export function parseHttpUrl(value: string): URL | null {
  if (!URL.canParse(value)) return null;
  const url = new URL(value);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return url.hostname === '' ? null : url;
}

/** Judges a destination URL against a profile's rules and the deploy environment. */
export function checkDestinationUrl(value: unknown, rules: UrlRules): UrlVerdict {
  if (value === undefined || value === null || value === '') {
    return { ok: false, problem: 'missing', message: 'url is required: an absolute https:// URL' };
  }
  if (typeof value !== 'string') {
    return { ok: false, problem: 'invalid', message: `url must be a string, got ${describeType(value)}` };
  }
  if (rules.maxLength !== undefined && value.length > rules.maxLength) {
    return {
      ok: false,
      problem: 'too_long',
      message: `url is ${value.length} characters long; the maximum is ${rules.maxLength}`,
    };
  }
  if (!URL.canParse(value)) {
    return {
      ok: false,
      problem: 'invalid',
      message: `url "${value}" is not a valid absolute URL (expected e.g. https://example.com/webhooks)`,
    };
  }
  const url = new URL(value);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, problem: 'scheme', message: `url must use https:// (or http:// in sandbox), got ${url.protocol}//` };
  }
  if (url.hostname === '') {
    return { ok: false, problem: 'invalid', message: `url "${value}" has no host` };
  }
  if (rules.env === 'production') {
    if (rules.httpsInProduction && url.protocol !== 'https:') {
      return { ok: false, problem: 'https_required', message: 'url must use https:// in production (http:// is accepted only in sandbox)' };
    }
    if (rules.publicHostInProduction && isPrivateHost(url.hostname)) {
      return {
        ok: false,
        problem: 'private_host',
        message: `url host ${url.hostname} is a loopback, private or link-local address; production requires a public host (sandbox accepts it)`,
      };
    }
  }
  return { ok: true, url };
}

/**
 * True for `localhost`, `*.localhost`, and literal IPv4/IPv6 addresses in the loopback, private,
 * link-local, CGNAT, unspecified and unique-local ranges. `hostname` is as `URL.hostname` gives it
 * (IPv6 in brackets, IPv4 already normalised by the WHATWG parser).
 */
export function isPrivateHost(hostname: string): boolean {
  let host = hostname.toLowerCase();
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (host.startsWith('[') && host.endsWith(']')) host = host.slice(1, -1);
  const v4 = parseIpv4(host);
  if (v4) return isPrivateIpv4(v4);
  const v6 = parseIpv6(host);
  if (v6) return isPrivateIpv6(v6);
  return false;
}

function isPrivateIpv4([a, b]: readonly number[]): boolean {
  if (a === undefined || b === undefined) return false;
  return (
    a === 0 || // "this network", includes 0.0.0.0
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) || // CGNAT shared space
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168)
  );
}

function isPrivateIpv6(groups: readonly number[]): boolean {
  const [g0 = 0, , , , , g5 = 0, g6 = 0, g7 = 0] = groups;
  const allZeroUpTo = (n: number): boolean => groups.slice(0, n).every((g) => g === 0);
  if (allZeroUpTo(7) && (g7 === 0 || g7 === 1)) return true; // :: and ::1
  if (allZeroUpTo(5) && g5 === 0xffff) {
    // IPv4-mapped ::ffff:a.b.c.d judged by its IPv4 address.
    return isPrivateIpv4([g6 >> 8, g6 & 0xff, g7 >> 8, g7 & 0xff]);
  }
  if ((g0 & 0xfe00) === 0xfc00) return true; // fc00::/7 unique local
  if ((g0 & 0xffc0) === 0xfe80) return true; // fe80::/10 link-local
  return false;
}

function parseIpv4(host: string): number[] | null {
  const parts = host.split('.');
  if (parts.length !== 4) return null;
  const octets = parts.map((p) => (/^\d{1,3}$/.test(p) ? Number(p) : NaN));
  return octets.every((o) => o >= 0 && o <= 255) ? octets : null;
}

/** Eight 16-bit groups, or null. Accepts `::` compression and a dotted IPv4 tail. */
function parseIpv6(host: string): number[] | null {
  if (!host.includes(':')) return null;
  let text = host;
  const tail: number[] = [];
  const lastColon = text.lastIndexOf(':');
  const maybeV4 = parseIpv4(text.slice(lastColon + 1));
  if (maybeV4) {
    const [a = 0, b = 0, c = 0, d = 0] = maybeV4;
    tail.push((a << 8) | b, (c << 8) | d);
    text = `${text.slice(0, lastColon + 1)}0`; // placeholder group, dropped below
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const parse = (s: string): number[] | null => {
    if (s === '') return [];
    const gs = s.split(':');
    return gs.every((g) => /^[0-9a-f]{1,4}$/.test(g)) ? gs.map((g) => parseInt(g, 16)) : null;
  };
  const head = parse(halves[0] ?? '');
  const rest = halves.length === 2 ? parse(halves[1] ?? '') : [];
  if (!head || !rest) return null;
  if (tail.length > 0) (rest.length > 0 ? rest : head).pop();
  const known = head.length + rest.length + tail.length;
  if (halves.length === 1 && known !== 8) return null;
  if (halves.length === 2 && known > 7) return null;
  const zeros = new Array<number>(8 - known).fill(0);
  return [...head, ...zeros, ...rest, ...tail];
}
