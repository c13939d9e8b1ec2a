import type { IncomingMessage, ServerResponse } from 'node:http';
import { type CaptureDeps, captureNodeRequest } from '../capture/index.js';
import { type MountContext, mountNodeRequest, profileFor } from '../profiles/mount/index.js';
import type { ProfileDefinition } from '../profiles/types.js';
import { hostRefusal, isCapturePath } from './security/index.js';
import type { Logger } from './workbench.js';

export type NodeListener = (req: IncomingMessage, res: ServerResponse) => void;

export interface RouterParts {
  capture: CaptureDeps;
  profiles: readonly ProfileDefinition<any>[];
  mount: MountContext;
  maxBody: number;
  hostAllowed(host: string | undefined): boolean;
  /** Everything that is neither a capture nor a provider mount: the control API and the inspector (hono). */
  rest: NodeListener;
  logger: Logger;
}

/**
 * The one router of the port. `/in` goes straight to the capture handler on Node's objects and
 * takes any Host (tunnels send their own); everything else must pass the Host check, then
 * provider mounts are served on Node's objects too (webhooks and mock calls come in floods, so the
 * hot paths build no web Request/Response), and the rest goes to hono.
 */
export function createNodeRouter(parts: RouterParts): NodeListener {
  const { capture, profiles, mount, maxBody, hostAllowed, rest, logger } = parts;
  return (req, res) => {
    const path = req.url ?? '/';
    if (isCapturePath(path)) {
      captureNodeRequest(capture, req, res).catch((error: unknown) => {
        logger.error('capture failed', error);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end('{"error":{"code":"internal","message":"the capture could not be stored; see the workbench log"}}');
      });
      return;
    }
    if (!hostAllowed(req.headers.host)) {
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(hostRefusal(req.headers.host));
      return;
    }
    const profile = profileFor(profiles, path);
    if (!profile) {
      rest(req, res);
      return;
    }
    mountNodeRequest(profile, mount, req, res, maxBody).catch((error: unknown) => {
      logger.error(`${profile.id} request failed`, error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      const message = 'An unexpected error occurred in the hookyard mock; the details are in the workbench log.';
      res.end(JSON.stringify(profile.renderError({ status: 500, code: profile.errorCodes.internal, message }, mount.deps)));
    });
  };
}
