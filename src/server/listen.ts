import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export class PortInUseError extends Error {
  constructor(
    readonly port: number,
    readonly host: string,
  ) {
    super(
      `port ${port} on ${host} is already in use: stop what is using it, pick another with --port, or drop --strict-port to take the next free one`,
    );
    this.name = 'PortInUseError';
  }
}

/** Listens on `port`; when it is taken, says so and tries the next ones, as Vite does. */
export async function listenWithFallback(
  server: Server,
  host: string,
  port: number,
  options: { strictPort: boolean; onBusy?(port: number): void; attempts?: number },
): Promise<number> {
  const attempts = port === 0 || options.strictPort ? 1 : (options.attempts ?? 20);
  for (let i = 0; i < attempts; i++) {
    const candidate = port === 0 ? 0 : port + i;
    const result = await new Promise<number | 'busy'>((resolve, reject) => {
      const onError = (error: NodeJS.ErrnoException): void => {
        server.off('listening', onListening);
        if (error.code === 'EADDRINUSE') resolve('busy');
        else reject(error);
      };
      const onListening = (): void => {
        server.off('error', onError);
        resolve((server.address() as AddressInfo).port);
      };
      server.once('error', onError);
      server.once('listening', onListening);
      server.listen(candidate, host);
    });
    if (result !== 'busy') return result;
    if (options.strictPort) break;
    options.onBusy?.(candidate);
  }
  throw new PortInUseError(port, host);
}
