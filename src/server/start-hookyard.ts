import { createServer } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { attachStream } from '../stream/index.js';
import { type ComposeOptions, composeWorkbench } from './compose-workbench.js';
import { createApp } from './create-app.js';
import { type HookyardHandle, hookyardHandle, localUrl } from './hookyard-handle.js';
import { listenWithFallback } from './listen.js';
import { createNodeRouter } from './node-router.js';
import { createHostCheck } from './security/index.js';
import { seedEndpoints } from './seed-endpoints.js';

export type { HookyardHandle } from './hookyard-handle.js';

export interface StartOptions extends ComposeOptions {
  /** Called with each port found busy. */
  onPortBusy?(port: number): void;
}

/** Builds the workbench, seeds the configured endpoints, then serves it on one port (the router, the stream) and listens. */
export async function startHookyard(options: StartOptions = {}): Promise<HookyardHandle> {
  const { onPortBusy, ...composeOptions } = options;
  const { workbench, dispatcher, capture, control } = await composeWorkbench(composeOptions);
  const { config, logger, dataDir } = workbench;
  const app = createApp(workbench, control);
  const hostAllowed = createHostCheck(config.allowedHosts);
  const honoListener = getRequestListener(app.fetch);
  const server = createServer(
    createNodeRouter({
      capture,
      profiles: workbench.profiles,
      mount: workbench.mount,
      maxBody: config.maxBody,
      hostAllowed,
      rest: (req, res) => void honoListener(req, res),
      logger,
    }),
  );
  // A client that sends a malformed request gets 400 from Node; it never reaches a handler or crashes us.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  const stop = async (error: unknown): Promise<never> => {
    dispatcher.close();
    await dataDir.close();
    throw error;
  };
  await seedEndpoints(workbench).catch(stop);
  const stream = attachStream(server, { path: '/_yard/ws', token: workbench.streamToken, hub: workbench.hub, hostAllowed });
  const port = await listenWithFallback(server, config.host, config.port, {
    strictPort: config.strictPort,
    onBusy: onPortBusy ?? ((p) => logger.warn(`port ${p} is in use, trying ${p + 1}`)),
  }).catch((error: unknown) => {
    stream.close();
    return stop(error);
  });
  return hookyardHandle({ url: localUrl(config.host, port), port, app, server, workbench, dispatcher, stream });
}
