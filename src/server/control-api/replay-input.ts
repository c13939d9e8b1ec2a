import type { ReplayEdits } from '../../capture/index.js';
import { headerValueProblem, isHttpToken } from '../../guard/index.js';
import { controlFail, onlyKeys, optionalObject, optionalString } from './control-input.js';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The body of `POST /captures/:id/replay`: every mistake of the caller's is a 400 naming the field, never a 502. */
export function parseReplayInput(v: Record<string, unknown>): { target: string; edits: ReplayEdits } {
  onlyKeys(v, ['url', 'headers', 'body', 'bodyBase64', 'method', 'headerList', 'resign', 'via']);
  const target = optionalString(v.url, 'url', 'must be an absolute http(s) URL');
  if (target === undefined)
    controlFail('url', 'is required: where to replay the capture (no `hookyard listen --forward-to` target is set)');
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    controlFail('url', 'must be an absolute http(s) URL such as http://localhost:3000/webhooks');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    controlFail('url', `must use http or https, not ${url.protocol.replace(/:$/, '')}`);
  if (url.username || url.password) controlFail('url', 'must not carry credentials; give them as an Authorization header in "headers"');
  const edits: ReplayEdits = {};
  const headers = optionalObject(v.headers, 'headers');
  if (headers) {
    edits.headers = {};
    for (const [name, value] of Object.entries(headers)) {
      if (!isHttpToken(name)) controlFail('headers', `has a name that is not an HTTP token: ${JSON.stringify(name.slice(0, 40))}`);
      if (typeof value !== 'string') controlFail(`headers.${name}`, 'must be a string');
      const problem = headerValueProblem(value);
      if (problem) controlFail(`headers.${name}`, problem);
      edits.headers[name] = value;
    }
  }
  if (v.body !== undefined && v.bodyBase64 !== undefined) controlFail('body', 'and "bodyBase64" cannot both be given');
  const body = optionalString(v.body, 'body', 'must be a string (or give the bytes as "bodyBase64")');
  if (body !== undefined) edits.body = body;
  const base64 = optionalString(v.bodyBase64, 'bodyBase64');
  if (base64 !== undefined) {
    if (base64.length % 4 !== 0 || !BASE64.test(base64)) controlFail('bodyBase64', 'must be standard base64');
    edits.bodyBytes = Buffer.from(base64, 'base64');
  }
  const method = optionalString(v.method, 'method', 'must be an HTTP method such as "POST"');
  if (method !== undefined) {
    if (!/^[A-Z]{1,16}$/.test(method)) controlFail('method', 'must be an HTTP method in capitals, such as "POST"');
    edits.method = method;
  }
  if (v.headerList !== undefined) {
    // The inspector's editor sends the whole list: it replaces the captured headers.
    if (!Array.isArray(v.headerList)) controlFail('headerList', 'must be [["name","value"], …]');
    edits.headerList = v.headerList.map((pair: unknown, i: number) => {
      if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'string' || typeof pair[1] !== 'string')
        controlFail(`headerList[${i}]`, 'must be ["name","value"]');
      const [name, value] = pair as [string, string];
      if (!isHttpToken(name)) controlFail(`headerList[${i}]`, `has a name that is not an HTTP token: ${JSON.stringify(name.slice(0, 40))}`);
      const problem = headerValueProblem(value);
      if (problem) controlFail(`headerList[${i}]`, problem);
      return [name, value] as [string, string];
    });
  }
  return { target: url.toString(), edits };
}
