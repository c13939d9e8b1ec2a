import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { parseJsonBody } from '../../guard/index.js';
import { readContextBody, tooLargeMessage } from '../../plumbing/index.js';

/** The control API's one error shape: `{"error":{"code","message","field"?}}`. */
export function controlError(c: Context, status: ContentfulStatusCode, code: string, message: string, field?: string): Response {
  return c.json({ error: { code, message, ...(field !== undefined ? { field } : {}) } }, status);
}

/** A rejected control-API input, thrown by validators and answered by the control API's onError. */
export class ControlInputError extends Error {
  constructor(
    readonly field: string | undefined,
    message: string,
    readonly status: ContentfulStatusCode = 400,
    readonly code = 'bad_request',
  ) {
    super(message);
    this.name = 'ControlInputError';
  }
}

const bodies = new WeakMap<Request, Uint8Array>();

/**
 * Reads every control request's body once, as bytes, under `--max-body` (413 beyond it), before
 * any route sees it.
 */
export function controlBodyLimit(maxBody: number) {
  return async (c: Context, next: () => Promise<void>): Promise<Response | void> => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const read = await readContextBody(c, maxBody);
    if (!read.ok) return controlError(c, 413, 'payload_too_large', tooLargeMessage(read.limit));
    bodies.set(c.req.raw, read.bytes);
    await next();
  };
}

/** The request's body bytes (read once by `controlBodyLimit`). */
export async function bodyBytes(c: Context): Promise<Uint8Array> {
  return bodies.get(c.req.raw) ?? new Uint8Array(await c.req.arrayBuffer());
}

/** Parses a JSON request body (the shared parser: UTF-8, depth limit, no prototype keys); it must be an object. */
export async function jsonBody(c: Context): Promise<{ ok: true; value: Record<string, unknown> } | { ok: false; response: Response }> {
  const bytes = await bodyBytes(c);
  if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').trim() === '') return { ok: true, value: {} };
  const parsed = parseJsonBody(bytes);
  if (!parsed.ok) return { ok: false, response: controlError(c, 400, 'bad_request', parsed.message, parsed.field) };
  const value = parsed.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, response: controlError(c, 400, 'bad_request', 'The body must be a JSON object.') };
  return { ok: true, value: value as Record<string, unknown> };
}
