import type { IncomingMessage } from 'node:http';
import type { Context, Hono } from 'hono';
import type { Clock } from '../clock/types.js';
import type { EventHub } from '../server/event-hub.js';
import { formatLimit, readContextBody } from '../server/read-body.js';
import type { Capture } from './capture-types.js';
import { summarize } from './capture-types.js';
import type { CaptureStore } from './capture-store.js';
import type { ChannelRegistry } from './channels.js';
import { verifyCapture, type KnownSecret } from './verify-capture.js';

export interface CaptureDeps {
  store: CaptureStore;
  channels: ChannelRegistry;
  knownSecrets(): KnownSecret[];
  clock: Clock;
  hub: EventHub;
  randomBytes(size: number): Uint8Array;
  maxBody: number;
  /** Called after a capture is stored (the forwarder). */
  onCapture?(capture: Capture): void;
}

/** Header pairs exactly as sent: names in their case, order and duplicates kept. */
function rawHeaderPairs(c: Context): Array<[string, string]> {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (incoming?.rawHeaders) {
    const pairs: Array<[string, string]> = [];
    for (let i = 0; i + 1 < incoming.rawHeaders.length; i += 2) pairs.push([incoming.rawHeaders[i]!, incoming.rawHeaders[i + 1]!]);
    return pairs;
  }
  const pairs: Array<[string, string]> = [];
  c.req.raw.headers.forEach((value, name) => pairs.push([name, value]));
  return pairs;
}

function sleep(clock: Clock, ms: number): Promise<void> {
  return new Promise((resolve) => clock.setTimer(clock.now() + ms, resolve));
}

/** `/in/<channel>[/...]` (`/in` alone is channel `default`): any method, stored before answering. */
export function captureRoutes(app: Hono, deps: CaptureDeps): void {
  const handler = async (c: Context): Promise<Response> => {
    const url = new URL(c.req.url);
    const [, , channelPart, ...rest] = url.pathname.split('/');
    const channel = channelPart ? decodeURIComponent(channelPart) : 'default';
    const read = await readContextBody(c, deps.maxBody);
    if (!read.ok) return c.json({ error: { code: 'payload_too_large', message: `The body is larger than the ${formatLimit(read.limit)} capture limit; start hookyard with a larger --max-body.` } }, 413);
    const headers = rawHeaderPairs(c);
    const now = deps.clock.now();
    const settings = deps.channels.get(channel);
    const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
    const capture: Capture = {
      id: `cap_${now.toString(36)}${Buffer.from(deps.randomBytes(5)).toString('hex')}`,
      channel,
      method: c.req.method,
      path: rest.length ? `/${rest.join('/')}` : '',
      url: url.toString(),
      query: url.search.slice(1),
      headers,
      remoteAddress: incoming?.socket?.remoteAddress ?? null,
      receivedAt: new Date(now).toISOString(),
      size: read.bytes.length,
      contentType: headers.find(([n]) => n.toLowerCase() === 'content-type')?.[1] ?? null,
      bodyBase64: Buffer.from(read.bytes).toString('base64'),
      verdict: verifyCapture({ headers, body: read.bytes, url: url.toString(), method: c.req.method, now }, settings, deps.knownSecrets()),
      response: { status: settings?.response?.status ?? 200 },
    };
    deps.store.add(capture);
    deps.hub.publish({
      type: 'capture',
      at: capture.receivedAt,
      summary: `${capture.method} /in/${channel}${capture.path} ${capture.verdict ? (capture.verdict.ok ? '✓ valid' : `✗ ${capture.verdict.code}`) : 'unsigned'}`,
      ok: capture.verdict ? capture.verdict.ok : undefined,
      capture: summarize(capture),
    });
    deps.onCapture?.(capture);
    const custom = settings?.response;
    if (custom?.delayMs) await sleep(deps.clock, custom.delayMs);
    if (custom && (custom.body !== undefined || custom.headers || custom.status)) {
      return new Response(c.req.method === 'HEAD' ? null : (custom.body ?? ''), { status: capture.response.status, headers: custom.headers ?? {} });
    }
    return c.json({ ok: true, id: capture.id }, capture.response.status as 200);
  };
  app.all('/in', handler);
  app.all('/in/*', handler);
}
