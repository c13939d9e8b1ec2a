import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** The control API's one error shape: `{"error":{"code","message"}}`. */
export function controlError(c: Context, status: ContentfulStatusCode, code: string, message: string): Response {
  return c.json({ error: { code, message } }, status);
}

/** Parses a JSON request body; `null` with an answer already made when it is not an object. */
export async function jsonBody(c: Context): Promise<{ ok: true; value: Record<string, unknown> } | { ok: false; response: Response }> {
  const text = await c.req.text();
  if (text.trim() === '') return { ok: true, value: {} };
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, response: controlError(c, 400, 'bad_request', 'The body must be a JSON object.') };
    return { ok: true, value: value as Record<string, unknown> };
  } catch (error) {
    return { ok: false, response: controlError(c, 400, 'bad_request', `The body is not valid JSON (${(error as Error).message}); send a JSON object.`) };
  }
}
