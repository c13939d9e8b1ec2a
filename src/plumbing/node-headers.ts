import type { IncomingHttpHeaders } from 'node:http';

/** Node's headers as one string per name (repeated headers joined with ", ", as fetch does). */
export function flatHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const name in headers) {
    const value = headers[name];
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

/** Node's raw header list as [name, value] pairs, in arrival order and spelling (captures keep them so). */
export function headerPairs(rawHeaders: readonly string[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) out.push([rawHeaders[i]!, rawHeaders[i + 1]!]);
  return out;
}
