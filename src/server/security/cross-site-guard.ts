const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export type CrossSiteVerdict = { ok: true } | { ok: false; reason: string };

/**
 * A web page the user visits can POST to localhost; state-changing control-API calls accept
 * only same-origin browsers and non-browser clients (no Origin, no Sec-Fetch-Site).
 */
export function checkCrossSite(method: string, headers: Headers, ownOrigins: readonly string[]): CrossSiteVerdict {
  if (SAFE_METHODS.has(method.toUpperCase())) return { ok: true };
  const site = headers.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none')
    return {
      ok: false,
      reason: `Sec-Fetch-Site is "${site}": the control API accepts state-changing calls only from the inspector's own origin or from non-browser clients`,
    };
  const origin = headers.get('origin');
  if (origin !== null && !ownOrigins.includes(origin))
    return { ok: false, reason: `Origin "${origin}" is not the workbench's own origin (${ownOrigins[0] ?? 'unknown'})` };
  return { ok: true };
}
