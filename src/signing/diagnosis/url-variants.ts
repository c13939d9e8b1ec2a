import type { HeaderBag } from '../engine/header-bag.js';

export interface UrlVariant {
  cause: string;
  message: string;
  url: string;
}

/** URLs the sender may have signed when a proxy, tunnel or framework changed what the receiver sees. */
export function urlVariants(url: string, headers: HeaderBag): UrlVariant[] {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [];
  }
  const out: UrlVariant[] = [];
  const seen = new Set([url]);
  const add = (cause: string, message: string, candidate: string): void => {
    if (seen.has(candidate)) return;
    seen.add(candidate);
    out.push({ cause, message, url: candidate });
  };
  const other = parsed.protocol === 'https:' ? 'http:' : 'https:';
  const swapped = new URL(url);
  swapped.protocol = other;
  add(
    'url-scheme',
    `the sender signed ${swapped.protocol}//… but you verified ${parsed.protocol}//…: behind a proxy or tunnel, verify with the public URL (use X-Forwarded-Proto).`,
    swapped.toString(),
  );
  // new URL() drops a default port, so look at the text for an explicit one.
  const explicitPort = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*:\d+/i.test(url);
  const hostPart = parsed.hostname.includes(':') ? `[${parsed.hostname}]` : parsed.hostname;
  if (explicitPort) {
    add(
      'url-port',
      'the sender signed the URL without the port: drop the port from the URL you verify.',
      `${parsed.protocol}//${hostPart}${parsed.pathname}${parsed.search}`,
    );
  } else {
    add(
      'url-port',
      'the sender signed the URL with an explicit default port (:443 / :80): include it when you verify.',
      `${parsed.protocol}//${hostPart}:${parsed.protocol === 'https:' ? 443 : 80}${parsed.pathname}${parsed.search}`,
    );
  }
  const slash = parsed.pathname.endsWith('/') && parsed.pathname.length > 1 ? parsed.pathname.slice(0, -1) : `${parsed.pathname}/`;
  add(
    'url-trailing-slash',
    `the sender signed the path ${slash} but you verified ${parsed.pathname}: a trailing slash was added or removed by a router; verify the exact URL that was called.`,
    `${parsed.origin}${slash}${parsed.search}`,
  );
  if (parsed.search) {
    add(
      'url-query',
      'the sender signed the URL without its query string: verify the URL as the sender configured it.',
      `${parsed.origin}${parsed.pathname}`,
    );
    let decoded: string | null = null;
    try {
      decoded = decodeURIComponent(parsed.search);
    } catch {
      decoded = null;
    }
    if (decoded)
      add(
        'url-query-escaping',
        'the sender signed the query string unescaped: query escaping changed between sender and receiver; verify the raw request URL.',
        `${parsed.origin}${parsed.pathname}${decoded}`,
      );
  }
  const host = headers.all('x-forwarded-host')[0]?.split(',')[0]?.trim();
  const proto = headers.all('x-forwarded-proto')[0]?.split(',')[0]?.trim();
  if (host || proto) {
    const forwarded = `${proto ?? parsed.protocol.slice(0, -1)}://${host ?? parsed.host}${parsed.pathname}${parsed.search}`;
    add(
      'url-forwarded',
      `the sender signed ${forwarded} (from X-Forwarded-Proto/Host): a proxy or tunnel sits in front of you; verify with the public URL.`,
      forwarded,
    );
  }
  return out;
}
