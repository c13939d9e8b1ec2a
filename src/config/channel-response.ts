import { headerValueProblem, isHttpToken } from '../guard/index.js';

/** Hookyard frames the answer itself; hop-by-hop headers belong to the connection, not the channel. */
const FRAMING = new Set([
  'content-length',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'proxy-connection',
  'te',
  'trailer',
  'upgrade',
]);
const FIELDS = ['status', 'headers', 'body', 'delayMs'];

/**
 * What is wrong with a channel's custom response, as [field, message] pairs: a final status
 * (200–599), header names that are HTTP tokens, values that can go on the wire (no CR/LF/NUL,
 * Latin-1), no framing or hop-by-hop headers.
 */
export function responseProblems(value: unknown): Array<[string, string]> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return [['response', 'response must be an object {status, headers, body, delayMs}']];
  const r = value as Record<string, unknown>;
  const problems: Array<[string, string]> = [];
  for (const key of Object.keys(r))
    if (!FIELDS.includes(key)) problems.push([`response.${key}`, `response.${key} is not a response setting (${FIELDS.join(', ')})`]);
  if (r.status !== undefined && (!Number.isInteger(r.status) || (r.status as number) < 200 || (r.status as number) > 599)) {
    problems.push(['response.status', 'response.status must be a final HTTP status from 200 to 599']);
  }
  if (r.headers !== undefined) {
    if (typeof r.headers !== 'object' || r.headers === null || Array.isArray(r.headers))
      problems.push(['response.headers', 'response.headers must map names to strings']);
    else {
      for (const [name, header] of Object.entries(r.headers)) {
        const shown = JSON.stringify(name.length > 40 ? `${name.slice(0, 40)}…` : name);
        if (!isHttpToken(name)) problems.push(['response.headers', `response.headers name ${shown} is not an HTTP token`]);
        else if (FRAMING.has(name.toLowerCase()))
          problems.push([
            `response.headers.${name}`,
            `response.headers.${name} is set by hookyard itself (framing and hop-by-hop headers cannot be configured)`,
          ]);
        else if (typeof header !== 'string') problems.push([`response.headers.${name}`, `response.headers.${name} must be a string`]);
        else {
          const problem = headerValueProblem(header);
          if (problem) problems.push([`response.headers.${name}`, `response.headers.${name} ${problem}`]);
        }
      }
    }
  }
  if (r.body !== undefined && typeof r.body !== 'string') problems.push(['response.body', 'response.body must be a string']);
  if (r.delayMs !== undefined && (!Number.isInteger(r.delayMs) || (r.delayMs as number) < 0 || (r.delayMs as number) > 120_000)) {
    problems.push(['response.delayMs', 'response.delayMs must be whole milliseconds from 0 to 120000']);
  }
  return problems;
}
