import { sign } from '../../src/index.js';
import { createServer, request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startHookyard, type HookyardHandle } from '../../src/server/start-hookyard.js';
import type { Capture } from '../../src/capture/index.js';

let yard: HookyardHandle;
beforeAll(async () => {
  yard = await startHookyard({
    port: 0,
    memory: true,
    maxCaptures: 5,
    maxBody: 4096,
    channels: { stripe: { scheme: 'stripe', secrets: ['whsec_channel'] } },
  });
});
afterAll(() => yard.close());

/** Raw HTTP: exact header names, order and duplicates. */
function send(
  method: string,
  path: string,
  headers: Array<[string, string]>,
  body?: Uint8Array | string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const flat = [['Host', `127.0.0.1:${yard.port}`] as [string, string], ...headers].flat();
    const req = httpRequest(
      { host: '127.0.0.1', port: yard.port, method, path, headers: flat as unknown as Record<string, string> },
      (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const latest = async (): Promise<Capture> => {
  const page = await yard.api<{ items: Array<{ id: string }> }>('GET', '/captures?limit=1');
  return yard.api<Capture>('GET', `/captures/${page.items[0]!.id}`);
};

describe('capture', () => {
  it('stores the exact bytes of a non-UTF-8 body and the headers in order with duplicates', async () => {
    const bytes = Uint8Array.from([0xff, 0x00, 0xc3, 0x28, 0x80, 0x41]);
    const r = await send(
      'POST',
      '/in/raw/sub/path?x=1&y=2',
      [
        ['X-First', 'a'],
        ['X-Dup', '1'],
        ['Content-Type', 'application/octet-stream'],
        ['X-Dup', '2'],
      ],
      bytes,
    );
    expect(r.status).toBe(200);
    const capture = await latest();
    expect(Buffer.from(capture.bodyBase64, 'base64')).toEqual(Buffer.from(bytes));
    expect(capture).toMatchObject({ channel: 'raw', path: '/sub/path', query: 'x=1&y=2', method: 'POST', size: 6, verdict: null });
    const names = capture.headers.map(([n]) => n);
    expect(names.indexOf('X-First')).toBeLessThan(names.indexOf('X-Dup'));
    expect(capture.headers.filter(([n]) => n === 'X-Dup').map(([, v]) => v)).toEqual(['1', '2']);
  });

  it('captures HEAD and OPTIONS, and /in alone as channel default', async () => {
    expect((await send('HEAD', '/in/h', [])).status).toBe(200);
    expect((await latest()).method).toBe('HEAD');
    expect((await send('OPTIONS', '/in', [])).status).toBe(200);
    expect(await latest()).toMatchObject({ method: 'OPTIONS', channel: 'default' });
  });

  it('verifies with the channel scheme and secret, and diagnoses a tampered body', async () => {
    const body = '{"id":"evt_1","amount":100}';
    const headers = sign('stripe', { body, secret: 'whsec_channel', now: Date.now() });
    await send('POST', '/in/stripe', [['Stripe-Signature', headers['Stripe-Signature']!]], body);
    expect((await latest()).verdict).toMatchObject({ ok: true, scheme: 'stripe', matched: 'channel stripe secret' });
    await send('POST', '/in/stripe', [['Stripe-Signature', headers['Stripe-Signature']!]], JSON.stringify(JSON.parse(body), null, 2));
    const failed = (await latest()).verdict!;
    expect(failed).toMatchObject({ ok: false, code: 'signature_mismatch' });
    expect(failed.diagnosis?.cause).toBe('reserialized-json');
  });

  it('detects the scheme and verifies with the secrets of the endpoints hookyard knows', async () => {
    const created = await yard.api<{ secret: string; response: { data: { id: string } } }>('POST', '/endpoints', {
      profile: 'appkit',
      url: 'http://127.0.0.1:3000/h',
      events: ['user.created'],
    });
    const body = '{"type":"user.created","data":{}}';
    const headers = sign('appkit', { body, secret: created.secret, now: Date.now() });
    await send('POST', '/in/anything', Object.entries(headers), body);
    const verdict = (await latest()).verdict!;
    expect(verdict).toMatchObject({ ok: true });
    expect(verdict.matched).toContain(created.response.data.id);
  });

  it('keeps only the newest captures (ring buffer)', async () => {
    for (let i = 0; i < 7; i++) await send('POST', '/in/ring', [], `n${i}`);
    const page = await yard.api<{ items: unknown[]; total: number }>('GET', '/captures?channel=ring');
    expect(page.total).toBe(5);
  });

  it('answers 413 over the body limit and stores nothing', async () => {
    const before = (await yard.api<{ total: number }>('GET', '/captures')).total;
    expect((await send('POST', '/in/big', [], 'x'.repeat(5000))).status).toBe(413);
    expect((await yard.api<{ total: number }>('GET', '/captures')).total).toBe(before);
  });

  it("answers with a channel's custom response", async () => {
    await yard.api('PUT', '/channels/teapot', { response: { status: 418, headers: { 'x-reply': 'yes' }, body: 'short and stout' } });
    const r = await send('POST', '/in/teapot', [], '{}');
    expect(r).toEqual({ status: 418, body: 'short and stout' });
    await expect(yard.api('PUT', '/channels/bad', { response: { status: 99 }, scheme: 'nope' })).rejects.toMatchObject({ status: 400 });
  });

  it('replays a capture byte-exact to a real server, and edited', async () => {
    const received: Array<{ body: Buffer; headers: IncomingMessage['headers']; method?: string }> = [];
    const sink = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({ body: Buffer.concat(chunks), headers: req.headers, method: req.method });
        res.writeHead(202).end('ok');
      });
    });
    await new Promise<void>((r) => sink.listen(0, '127.0.0.1', r));
    const target = `http://127.0.0.1:${(sink.address() as AddressInfo).port}/hook`;
    const bytes = Uint8Array.from([0x00, 0xfe, 0x7b, 0x22]);
    await send(
      'PUT',
      '/in/replay',
      [
        ['X-Sig', 'abc'],
        ['Connection', 'keep-alive'],
      ],
      bytes,
    );
    const capture = await latest();
    const result = await yard.api<{ status: number }>('POST', `/captures/${capture.id}/replay`, { url: target });
    expect(result.status).toBe(202);
    expect(received[0]!.body).toEqual(Buffer.from(bytes));
    expect(received[0]!.headers['x-sig']).toBe('abc');
    expect(received[0]!.method).toBe('PUT');
    await yard.api('POST', `/captures/${capture.id}/replay`, { url: target, body: 'edited' });
    expect(received[1]!.body.toString()).toBe('edited');
    await expect(yard.api('POST', `/captures/${capture.id}/replay`, { url: 'http://127.0.0.1:9/closed' })).rejects.toMatchObject({
      status: 502,
    });
    sink.close();
  });

  it('copies as curl, with binary bodies piped through base64', async () => {
    await send('POST', '/in/curl', [['X-Quote', "it's"]], '{"a":"it\'s"}');
    const text = await (await fetch(`${yard.url}/_yard/api/captures/${(await latest()).id}/curl`)).text();
    expect(text).toContain(`-H 'X-Quote: it'\\''s'`);
    expect(text).toContain(`--data-binary '{"a":"it'\\''s"}'`);
    await send('POST', '/in/curl', [], Uint8Array.from([0xff, 0x00]));
    const binary = await (await fetch(`${yard.url}/_yard/api/captures/${(await latest()).id}/curl`)).text();
    expect(binary).toMatch(/^printf %s '\/wA=' \| base64 -d \| curl/);
  });

  it('exports and imports captures, and names a bad entry', async () => {
    const exported = await yard.api<{ format: string; captures: Capture[] }>('GET', '/captures/export');
    expect(exported.format).toBe('hookyard-captures');
    const other = await startHookyard({ port: 0, memory: true });
    expect(await other.api('POST', '/captures/import', exported)).toEqual({ imported: exported.captures.length });
    await expect(
      other.api('POST', '/captures/import', { format: 'hookyard-captures', version: 1, captures: [{ id: 1 }] }),
    ).rejects.toMatchObject({ status: 400, body: { error: { message: expect.stringMatching(/captures\[0\]\.id/) } } });
    await other.close();
  });

  it('streams a capture event to the timeline', async () => {
    await send('POST', '/in/timeline', [], '{}');
    const timeline = await yard.api<Array<{ kind: string; summary: string }>>('GET', '/timeline?limit=5');
    expect(timeline[0]).toMatchObject({ kind: 'capture', summary: expect.stringMatching(/POST \/in\/timeline unsigned/) });
  });
});

describe('capture custom response delay', () => {
  it('waits on the injected clock before answering', async () => {
    const virtual = await startHookyard({
      port: 0,
      memory: true,
      clock: 'virtual',
      startTime: 1_700_000_000_000,
      channels: { slow: { response: { status: 204, delayMs: 60_000 } } },
    });
    let answered = false;
    const pending = fetch(`${virtual.url}/in/slow`, { method: 'POST', body: '{}' }).then((r) => {
      answered = true;
      return r.status;
    });
    await expect.poll(async () => (await virtual.api<{ total: number }>('GET', '/captures')).total).toBe(1);
    expect(answered).toBe(false);
    await virtual.advance(60_000);
    expect(await pending).toBe(204);
    await virtual.close();
  });
});
