import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { constantTimeEqual } from '../signing/engine/constant-time.js';
import type { EventHub, HubEvent } from '../plumbing/index.js';

export interface StreamOptions {
  path: string;
  token: string;
  hub: EventHub;
  hostAllowed(host: string | undefined): boolean;
  /** Bytes queued for one client before its events are dropped (a slow client must not grow memory). */
  maxBufferedBytes?: number;
  heartbeatMs?: number;
}

export type UpgradeVerdict = { ok: true } | { ok: false; status: number; reason: string };

/** A page elsewhere must not read the stream: the Host is allowed, an Origin is our own, and the per-process token is right. */
function checkUpgrade(req: IncomingMessage, options: Pick<StreamOptions, 'token' | 'hostAllowed' | 'path'>): UpgradeVerdict {
  const host = req.headers.host;
  if (!options.hostAllowed(host)) return { ok: false, status: 403, reason: `Host "${host ?? ''}" is not allowed` };
  const origin = req.headers.origin;
  // The inspector is served over plain http on this host; a browser page elsewhere sends its own Origin.
  if (origin !== undefined && origin !== `http://${host}`)
    return { ok: false, status: 403, reason: `Origin "${origin}" is not the inspector's own (http://${host})` };
  const url = new URL(req.url ?? '/', 'http://localhost');
  const token = url.searchParams.get('token');
  // Browsers always send Origin on a WebSocket: they need the token. A client without Origin is a
  // local program (the CLI), which can read the control API anyway; a token it sends must be right.
  if (origin === undefined && token === null) return { ok: true };
  if (!constantTimeEqual(Buffer.from(token ?? ''), Buffer.from(options.token)))
    return { ok: false, status: 403, reason: 'missing or wrong stream token (the inspector page carries it)' };
  return { ok: true };
}

function refuse(socket: Duplex, status: number, reason: string): void {
  const body = `${reason}\n`;
  socket.end(
    `HTTP/1.1 ${status} ${status === 403 ? 'Forbidden' : 'Bad Request'}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/** The live stream at `/_yard/ws`: thin typed events, metadata only. */
export function attachStream(server: Server, options: StreamOptions): { clients(): number; dropAll(): void; close(): void } {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  const maxBuffered = options.maxBufferedBytes ?? 1024 * 1024;
  const alive = new WeakMap<WebSocket, boolean>();

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path !== options.path) {
      refuse(socket, 400, `no WebSocket at ${path}; the live stream is ${options.path}`);
      return;
    }
    const verdict = checkUpgrade(req, options);
    if (!verdict.ok) {
      refuse(socket, verdict.status, verdict.reason);
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });

  wss.on('connection', (ws: WebSocket) => {
    alive.set(ws, true);
    let dropped = 0;
    ws.on('pong', () => alive.set(ws, true));
    ws.on('message', (data) => {
      // Clients only ping; anything else is answered, not acted on.
      if (String(data) === 'ping') ws.send(JSON.stringify({ type: 'pong' }));
    });
    ws.on('error', () => ws.terminate());
    // Events of one tick go out as one frame (`{"type":"batch","events":[…]}` when several):
    // under a flood of webhooks that is one write instead of hundreds.
    let pending: HubEvent[] = [];
    let scheduled = false;
    const flush = (): void => {
      scheduled = false;
      const events = pending;
      pending = [];
      if (ws.readyState !== ws.OPEN || events.length === 0) return;
      if (ws.bufferedAmount > maxBuffered) {
        dropped += events.length;
        return;
      }
      if (dropped > 0) {
        ws.send(JSON.stringify({ type: 'overflow', dropped }));
        dropped = 0;
      }
      ws.send(JSON.stringify(events.length === 1 ? events[0] : { type: 'batch', events }));
    };
    const unsubscribe = options.hub.subscribe((event: HubEvent) => {
      if (ws.readyState !== ws.OPEN) return;
      pending.push(event);
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    });
    ws.on('close', unsubscribe);
    ws.send(JSON.stringify({ type: 'hello', at: new Date().toISOString() }));
  });

  const heartbeat = setInterval(() => {
    for (const ws of wss.clients) {
      if (alive.get(ws) === false) {
        ws.terminate();
        continue;
      }
      alive.set(ws, false);
      ws.ping();
    }
  }, options.heartbeatMs ?? 30_000);
  heartbeat.unref();

  return {
    clients: () => wss.clients.size,
    /** Cuts every client off, as a network blip would (clients reconnect by themselves). */
    dropAll() {
      for (const ws of wss.clients) ws.terminate();
    },
    close() {
      clearInterval(heartbeat);
      for (const ws of wss.clients) ws.terminate();
      wss.close();
    },
  };
}
