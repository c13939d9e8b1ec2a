import type { Context, Hono } from 'hono';
import type { ProfileDefinition } from '../types.js';
import { handleProfileRequest, type MountContext } from './handle-request.js';
import { formatLimit, readContextBody } from '../../server/read-body.js';
import type { IncomingMessage } from 'node:http';

function jsonResponse(status: number, headers: Record<string, string>, body: unknown): Response {
  if (body === undefined || status === 204) return new Response(null, { status, headers });
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } });
}

/**
 * Mounts a profile at its prefix with one catch-all route: the mount layer, not hono's
 * router, decides 404 and 405, so both come in the profile's own envelope.
 */
export function mountProfile(app: Hono, profile: ProfileDefinition<any>, ctx: MountContext, options: { maxBody: number }): void {
  const handler = async (c: Context): Promise<Response> => {
    const pathname = c.req.path;
    const rawUrl = c.req.url;
    const q = rawUrl.indexOf('?');
    const search = q >= 0 ? rawUrl.slice(q) : '';
    const read = await readContextBody(c, options.maxBody);
    if (!read.ok) {
      const body = profile.renderError(
        {
          status: 413,
          code: profile.errorCodes.payloadTooLarge,
          message: `The request body is larger than the ${formatLimit(read.limit)} limit; send a smaller body (or start hookyard with --max-body).`,
        },
        ctx.deps,
      );
      return jsonResponse(413, {}, body);
    }
    const headers: Record<string, string> = {};
    const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
    if (incoming?.headers) {
      for (const [name, value] of Object.entries(incoming.headers))
        if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
    } else {
      c.req.raw.headers.forEach((value, name) => {
        headers[name] = value;
      });
    }
    const response = await handleProfileRequest(profile, ctx, {
      method: c.req.method,
      path: pathname.slice(profile.mount.length) || '/',
      wirePath: pathname,
      search,
      headers,
      rawBody: read.bytes,
      via: 'api',
    });
    return jsonResponse(response.status, response.headers, response.body);
  };
  app.all(profile.mount, handler);
  app.all(`${profile.mount}/*`, handler);
}
