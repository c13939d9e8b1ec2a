import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A receiver started on loopback port 0; `url` is its webhook address. */
export interface Receiver {
  url: string;
  close(): Promise<void>;
}

export async function listen(handler: RequestListener, path: string): Promise<Receiver> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return fromServer(server, path);
}

export function fromServer(server: Server, path: string): Receiver {
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${path}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
