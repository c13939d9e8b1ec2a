import type { IncomingMessage } from 'node:http';

export type BodyRead = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'too_large'; limit: number };

/** Reads straight from Node's request: no web Request/stream is built on the hot path. */
export function readIncomingBody(incoming: IncomingMessage, limit: number): Promise<BodyRead> {
  const declared = Number(incoming.headers['content-length'] ?? 'NaN');
  if (Number.isFinite(declared) && declared > limit) {
    incoming.resume();
    return Promise.resolve({ ok: false, reason: 'too_large', limit });
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    incoming.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        incoming.resume();
        resolve({ ok: false, reason: 'too_large', limit });
        return;
      }
      chunks.push(chunk);
    });
    incoming.on('end', () => {
      if (done) return;
      done = true;
      resolve({ ok: true, bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size) });
    });
    incoming.on('error', (error) => {
      if (!done) reject(error);
    });
  });
}

/** The body of a hono request once, as bytes: from Node's request when there is one. */
export function readContextBody(c: { env: unknown; req: { raw: Request } }, limit: number): Promise<BodyRead> {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (incoming && typeof incoming.on === 'function' && !incoming.readableEnded && !incoming.readableDidRead)
    return readIncomingBody(incoming, limit);
  return readBodyLimited(c.req.raw, limit);
}

/** Reads a request body once, as bytes, stopping as soon as it passes the limit. */
async function readBodyLimited(request: Request, limit: number): Promise<BodyRead> {
  const declared = Number(request.headers.get('content-length') ?? 'NaN');
  if (Number.isFinite(declared) && declared > limit) return { ok: false, reason: 'too_large', limit };
  if (!request.body) return { ok: true, bytes: new Uint8Array(0) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, reason: 'too_large', limit };
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return { ok: true, bytes: chunks[0]! };
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes: out };
}
