import type { Server } from 'node:http';
import type { Hono } from 'hono';
import type { Clock, VirtualClock } from '../clock/index.js';
import type { Dispatcher } from '../delivery/index.js';
import type { Workbench } from './workbench.js';

export interface HookyardHandle {
  url: string;
  port: number;
  app: Hono;
  server: Server;
  workbench: Workbench;
  clock: Clock;
  /** With a virtual clock: run time forward (retries, auto-disable) without waiting. */
  advance(ms: number): Promise<void>;
  /** The delivery engine (fire events, retries). */
  dispatcher: Dispatcher;
  /** The live stream: connected clients, and a way to drop them (tests of reconnection). */
  stream: { clients(): number; dropAll(): void };
  /** The control API: `await handle.api('GET', '/endpoints')`. */
  api<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
  close(): Promise<void>;
}

/** The URL a client on this machine uses: a wildcard address is reached through loopback. */
export function localUrl(host: string, port: number): string {
  const name = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  return `http://${name}:${port}`;
}

/** The running workbench's handle; `close` stops deliveries, the stream and the server, then flushes storage, once. */
export function hookyardHandle(parts: {
  url: string;
  port: number;
  app: Hono;
  server: Server;
  workbench: Workbench;
  dispatcher: Dispatcher;
  stream: { clients(): number; dropAll(): void; close(): void };
}): HookyardHandle {
  const { url, server, workbench, dispatcher, stream } = parts;
  const clock = workbench.clock;
  let closing: Promise<void> | undefined;
  return {
    ...parts,
    clock,
    async advance(ms) {
      if ((clock as VirtualClock).kind !== 'virtual') throw new Error('advance() needs startHookyard({ clock: "virtual" })');
      await (clock as VirtualClock).advance(ms);
    },
    async api<T>(method: string, path: string, body?: unknown): Promise<T> {
      const response = await fetch(`${url}/_yard/api${path}`, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      const json = text ? (JSON.parse(text) as T) : (undefined as T);
      if (!response.ok)
        throw Object.assign(new Error(`${method} ${path} → ${response.status}: ${text}`), { status: response.status, body: json });
      return json;
    },
    close() {
      closing ??= (async () => {
        dispatcher.close();
        stream.close();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await workbench.dataDir.close();
      })();
      return closing;
    },
  };
}
