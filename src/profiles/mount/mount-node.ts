import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ProfileDefinition } from '../types.js';
import { handleProfileRequest, type MountContext } from './handle-request.js';
import { flatHeaders, readIncomingBody, tooLargeMessage } from '../../plumbing/index.js';
import { mountRelativePath, rootAliasProfile } from './root-alias.js';

/** The profile whose mount prefixes `path`, if any. */
export function profileFor(profiles: readonly ProfileDefinition<any>[], path: string): ProfileDefinition<any> | undefined {
  for (const p of profiles) {
    if (path.startsWith(p.mount) && (path.length === p.mount.length || path[p.mount.length] === '/' || path[p.mount.length] === '?'))
      return p;
  }
  return rootAliasProfile(profiles, path);
}

/**
 * A profile request straight on Node's request and response: the whole mount pipeline
 * (`handleProfileRequest`) without building web Request/Response objects per call.
 */
export async function mountNodeRequest(
  profile: ProfileDefinition<any>,
  ctx: MountContext,
  req: IncomingMessage,
  res: ServerResponse,
  maxBody: number,
): Promise<void> {
  const raw = req.url ?? '/';
  const q = raw.indexOf('?');
  const pathname = q >= 0 ? raw.slice(0, q) : raw;
  const search = q >= 0 ? raw.slice(q) : '';
  const read = await readIncomingBody(req, maxBody);
  let status: number;
  let headers: Record<string, string>;
  let body: unknown;
  if (!read.ok) {
    status = 413;
    headers = {};
    body = profile.renderError(
      {
        status: 413,
        code: profile.errorCodes.payloadTooLarge,
        message: tooLargeMessage(read.limit),
      },
      ctx.deps,
    );
  } else {
    const response = await handleProfileRequest(profile, ctx, {
      method: req.method ?? 'GET',
      path: mountRelativePath(profile, pathname),
      wirePath: pathname,
      search,
      headers: flatHeaders(req.headers),
      rawBody: read.bytes,
      via: 'api',
    });
    ({ status, headers, body } = response);
  }
  if (body === undefined || status === 204) {
    res.writeHead(status, headers);
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}
