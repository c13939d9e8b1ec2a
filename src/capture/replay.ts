import { performance } from 'node:perf_hooks';
import type { Capture } from './capture-types.js';

/** Hop-by-hop headers (RFC 9110 §7.6.1) and the ones fetch computes itself. */
const DROP = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
  'proxy-authorization',
  'proxy-authenticate',
  'proxy-connection',
  'host',
  'content-length',
  'expect',
]);

export interface ReplayEdits {
  /** Set on top of the captured headers. */
  headers?: Record<string, string>;
  /** Replaces the captured headers entirely (the inspector's editor sends the whole list). */
  headerList?: Array<[string, string]>;
  method?: string;
  /** Replaces the body (text); without it the captured bytes go out unchanged. */
  body?: string;
  /** Replaces the body with these bytes (`bodyBase64` in the control API). */
  bodyBytes?: Buffer<ArrayBuffer>;
}

export interface ReplayResult {
  url: string;
  status: number;
  headers: Record<string, string>;
  body: string;
  durationMs: number;
  method: string;
}

export class ReplayError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReplayError';
  }
}

/** The headers to forward: everything but hop-by-hop ones; Host is set from the target URL. */
function forwardHeaders(capture: Capture, edits: ReplayEdits = {}): Headers {
  const headers = new Headers();
  for (const [name, value] of edits.headerList ?? capture.headers) if (!DROP.has(name.toLowerCase())) headers.append(name, value);
  for (const [name, value] of Object.entries(edits.headers ?? {})) headers.set(name, value);
  return headers;
}

/** Sends a capture again, byte-exact unless edited. */
export async function replayCapture(capture: Capture, target: string, edits: ReplayEdits = {}, timeoutMs = 15_000): Promise<ReplayResult> {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    throw new ReplayError(`"${target}" is not an absolute URL (e.g. http://localhost:3000/webhooks)`);
  }
  const body = edits.bodyBytes ?? (edits.body !== undefined ? Buffer.from(edits.body, 'utf8') : Buffer.from(capture.bodyBase64, 'base64'));
  const method = edits.method ?? capture.method;
  const start = performance.now();
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: forwardHeaders(capture, edits),
      body: method === 'GET' || method === 'HEAD' ? undefined : body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const err = error as Error & { cause?: { code?: string } };
    throw new ReplayError(
      `could not reach ${url.origin}: ${(err.cause?.code ?? err.name === 'TimeoutError') ? 'no answer within the timeout' : err.message}`,
    );
  }
  const text = await response.text();
  const headers: Record<string, string> = {};
  response.headers.forEach((v, k) => (headers[k] = v));
  return {
    url: url.toString(),
    status: response.status,
    headers,
    body: text.slice(0, 64 * 1024),
    durationMs: performance.now() - start,
    method,
  };
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * A curl command that sends the same bytes. Text bodies go inline with --data-binary; bodies
 * that are not valid UTF-8 are piped from base64 so the bytes survive the shell.
 */
export function toCurl(capture: Capture, target?: string): string {
  const url = target ?? capture.url;
  const bytes = Buffer.from(capture.bodyBase64, 'base64');
  const parts = [`curl -X ${capture.method} ${shellQuote(url)}`];
  for (const [name, value] of capture.headers) if (!DROP.has(name.toLowerCase())) parts.push(`-H ${shellQuote(`${name}: ${value}`)}`);
  if (bytes.length === 0) return parts.join(' \\\n  ');
  let text: string | null;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = null;
  }
  if (text !== null && !text.includes('\0')) {
    parts.push(`--data-binary ${shellQuote(text)}`);
    return parts.join(' \\\n  ');
  }
  parts.push('--data-binary @-');
  return `printf %s ${shellQuote(capture.bodyBase64)} | base64 -d | ${parts.join(' \\\n  ')}`;
}

/** A fixture for `hookyard test --fixtures` that replays the captured bytes exactly. */
export function toFixture(capture: Capture): {
  format: 'hookyard-fixture';
  name: string;
  method: string;
  path: string;
  headers: Array<[string, string]>;
  bodyBase64: string;
} {
  return {
    format: 'hookyard-fixture',
    name: `${capture.channel}-${capture.id}`,
    method: capture.method,
    path: capture.path,
    headers: capture.headers,
    bodyBase64: capture.bodyBase64,
  };
}
