import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Clock } from '../clock/types.js';
import { type BodyRead, type EventHub, formatLimit, headerPairs, isoTime, readIncomingBody } from '../plumbing/index.js';
import type { NewCapture } from './capture-types.js';
import { streamSummary } from './capture-types.js';
import { StorageUnavailableError } from '../storage/storage-health.js';
import type { CaptureStore } from './capture-store.js';
import type { ChannelRegistry, ChannelSettings } from './channels.js';
import { verifyCapture, type KnownSecret } from './verify-capture.js';

export interface CaptureDeps {
  store: CaptureStore;
  channels: ChannelRegistry;
  knownSecrets(): KnownSecret[];
  clock: Clock;
  hub: EventHub;
  randomBytes(size: number): Uint8Array;
  maxBody: number;
}

export interface CaptureAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

interface ReceivedRequest {
  method: string;
  /** Absolute URL as received. */
  url: URL;
  headers: Array<[string, string]>;
  remoteAddress: string | null;
  read: BodyRead;
}

function sleep(clock: Clock, ms: number): Promise<void> {
  return new Promise((resolve) => clock.setTimer(clock.now() + ms, resolve));
}

const UNAVAILABLE: CaptureAnswer = {
  status: 503,
  headers: { 'content-type': 'application/json', 'retry-after': '1' },
  body: '{"error":{"code":"storage_unavailable","message":"hookyard cannot write its data folder right now, so this capture was not kept; send it again (GET /_yard/api/health says why)."}}',
};

const TOO_LARGE = (limit: number): CaptureAnswer => ({
  status: 413,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({
    error: {
      code: 'payload_too_large',
      message: `The body is larger than the ${formatLimit(limit)} capture limit; start hookyard with a larger --max-body.`,
    },
  }),
});

/** Stores one request exactly as received (before answering) and works out the answer. */
async function captureRequest(deps: CaptureDeps, req: ReceivedRequest): Promise<CaptureAnswer> {
  if (!req.read.ok) return TOO_LARGE(req.read.limit);
  const bytes = req.read.bytes;
  const [, , channelPart, ...rest] = req.url.pathname.split('/');
  let channel = 'default';
  try {
    if (channelPart) channel = decodeURIComponent(channelPart);
  } catch {
    channel = channelPart!;
  }
  const now = deps.clock.now();
  const settings = deps.channels.get(channel);
  const href = req.url.toString();
  let contentType: string | null = null;
  for (const [n, v] of req.headers) if (n.length === 12 && n.toLowerCase() === 'content-type') contentType = v;
  const id = `cap_${now.toString(36)}${Buffer.from(deps.randomBytes(5)).toString('hex')}`;
  const answer = answerFor(settings?.response, id, req.method);
  // The body goes to the journal as bytes; it is never base64-encoded on the way in.
  const capture: NewCapture = {
    id,
    channel,
    method: req.method,
    path: rest.length ? `/${rest.join('/')}` : '',
    url: href,
    query: req.url.search.slice(1),
    headers: req.headers,
    remoteAddress: req.remoteAddress,
    receivedAt: isoTime(now),
    size: bytes.length,
    contentType,
    verdict: verifyCapture({ headers: req.headers, body: bytes, url: href, method: req.method, now, channel }, settings, deps.knownSecrets),
    // What the sender is told, recorded with the capture (the inspector shows it).
    response: {
      status: answer.status,
      headers: answer.headers,
      body: answer.body.slice(0, 4096),
      ...(settings?.response?.delayMs ? { delayMs: settings.response.delayMs } : {}),
    },
  };
  let summary;
  try {
    summary = await deps.store.add(capture, bytes);
  } catch (error) {
    // Not written, so not acknowledged: the sender keeps it and retries.
    if (error instanceof StorageUnavailableError) return UNAVAILABLE;
    throw error;
  }
  deps.hub.publish({
    type: 'capture',
    at: capture.receivedAt,
    summary: `${capture.method} /in/${channel}${capture.path} ${capture.verdict ? (capture.verdict.ok ? '✓ valid' : `✗ ${capture.verdict.code}`) : 'unsigned'}`,
    ok: capture.verdict ? capture.verdict.ok : undefined,
    capture: streamSummary(summary),
  });
  const delay = settings?.response?.delayMs;
  if (delay) await sleep(deps.clock, delay);
  return answer;
}

function answerFor(custom: ChannelSettings['response'] | undefined, id: string, method: string): CaptureAnswer {
  const status = custom?.status ?? 200;
  if (custom && (custom.body !== undefined || custom.headers || custom.status)) {
    return { status, headers: custom.headers ?? {}, body: method === 'HEAD' ? '' : (custom.body ?? '') };
  }
  return { status, headers: { 'content-type': 'application/json' }, body: `{"ok":true,"id":"${id}"}` };
}

/**
 * The URL as received. Capture takes any Host (it records what arrived, headers keep the raw
 * value); one that cannot be part of a URL (`[`, `a b`, `:99999`) leaves the URL on localhost.
 */
function requestUrl(path: string, host: string | undefined): URL {
  try {
    return new URL(path, `http://${host ?? 'localhost'}`);
  } catch {
    return new URL(path, 'http://localhost');
  }
}

/**
 * The capture path straight on Node's request and response: webhooks arrive in floods, so the
 * hot path skips building web Request/Response objects.
 */
export async function captureNodeRequest(deps: CaptureDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const read = await readIncomingBody(req, deps.maxBody);
  const url = requestUrl(req.url ?? '/in', req.headers.host);
  const answer = await captureRequest(deps, {
    method: req.method ?? 'GET',
    url,
    headers: headerPairs(req.rawHeaders),
    remoteAddress: req.socket.remoteAddress ?? null,
    read,
  });
  res.writeHead(answer.status, answer.headers);
  res.end(answer.body);
}
