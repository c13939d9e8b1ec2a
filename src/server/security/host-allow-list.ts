/**
 * DNS rebinding defence: a page on evil.example that rebinds its name to 127.0.0.1 still sends
 * `Host: evil.example`, so only local names (and the ones the user adds) are served.
 */
function hostnameOf(hostHeader: string | undefined | null): string | null {
  if (!hostHeader) return null;
  const host = hostHeader.trim().toLowerCase();
  if (host.startsWith('[')) {
    const end = host.indexOf(']');
    return end > 0 ? host.slice(1, end) : null;
  }
  const colon = host.indexOf(':');
  const name = colon >= 0 ? host.slice(0, colon) : host;
  if (colon >= 0 && !/^\d{1,5}$/.test(host.slice(colon + 1))) return null;
  return /^[a-z0-9.-]+$/.test(name) ? name : null;
}

export function createHostCheck(extraHosts: readonly string[]): (hostHeader: string | undefined | null) => boolean {
  const extra = extraHosts.map((h) => h.toLowerCase().replace(/^\[|\]$/g, ''));
  return (hostHeader) => {
    const name = hostnameOf(hostHeader);
    if (name === null) return false;
    if (name === 'localhost' || name.endsWith('.localhost') || name === '127.0.0.1' || name === '::1') return true;
    // `.example.test` in --allowed-host admits every subdomain.
    return extra.some((h) => h === name || (h.startsWith('.') && (name.endsWith(h) || name === h.slice(1))));
  };
}

/** `/in`, `/in/...` and `/in?...` (the raw request target) take any Host: tunnels (ngrok, cloudflared) send their own. */
export function isCapturePath(target: string): boolean {
  return target === '/in' || target.startsWith('/in/') || target.startsWith('/in?');
}

/** The 403 text for a refused Host, saying what is accepted and how to add more. */
export function hostRefusal(host: string | undefined | null): string {
  return `Host "${host ?? ''}" is not allowed: hookyard answers localhost, *.localhost, 127.0.0.1 and [::1] (add more with --allowed-host). This blocks DNS-rebinding attacks from web pages.\n`;
}
