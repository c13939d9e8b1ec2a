import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startHookyard, type HookyardHandle } from '../../src/server/start-hookyard.js';

let yard: HookyardHandle;
beforeAll(async () => {
  yard = await startHookyard({ port: 0, memory: true });
});
afterAll(() => yard.close());

function connect(
  options: { token?: string | null; origin?: string; host?: string } = {},
): Promise<{ ws: WebSocket; status?: number; body?: string }> {
  return new Promise((resolve) => {
    const headers: Record<string, string> = {};
    if (options.origin) headers.origin = options.origin;
    if (options.host) headers.host = options.host;
    const query = options.token === null ? '' : `?token=${encodeURIComponent(options.token ?? yard.workbench.streamToken)}`;
    const ws = new WebSocket(`ws://127.0.0.1:${yard.port}/_yard/ws${query}`, { headers });
    ws.on('open', () => resolve({ ws }));
    ws.on('unexpected-response', (_req, res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ ws, status: res.statusCode, body }));
    });
    ws.on('error', () => undefined);
  });
}

function nextEvent(ws: WebSocket, type: string): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    const onMessage = (data: WebSocket.RawData): void => {
      const frame = JSON.parse(String(data)) as Record<string, unknown>;
      for (const event of frame.type === 'batch' ? (frame.events as Array<Record<string, unknown>>) : [frame]) {
        if (event.type === type) {
          ws.off('message', onMessage);
          resolve(event);
          return;
        }
      }
    };
    ws.on('message', onMessage);
  });
}

describe('live stream', () => {
  it('lets a CLI client with no Origin connect and receive thin events without secrets', async () => {
    const { ws, status } = await connect();
    expect(status).toBeUndefined();
    const event = nextEvent(ws, 'api.call');
    await yard.api('POST', '/endpoints', { profile: 'signa', url: 'http://127.0.0.1:3000/h', events: ['alert.created'] });
    const received = await event;
    expect(received).toMatchObject({ type: 'api.call', profile: 'signa', status: 200 });
    expect(JSON.stringify(received)).not.toMatch(/whsec_/);
    ws.close();
  });

  it('lets a local program without Origin in without a token', async () => {
    const { ws, status } = await connect({ token: null });
    expect(status).toBeUndefined();
    ws.close();
  });

  it("accepts the inspector's own Origin", async () => {
    const { ws, status } = await connect({ origin: `http://127.0.0.1:${yard.port}` });
    expect(status).toBeUndefined();
    ws.close();
  });

  it('refuses a foreign Origin, a bad token and a rebinding Host', async () => {
    expect(await connect({ origin: 'https://evil.example' })).toMatchObject({ status: 403, body: expect.stringMatching(/Origin/) });
    expect(await connect({ token: 'guess' })).toMatchObject({ status: 403, body: expect.stringMatching(/token/) });
    expect(await connect({ token: '', origin: `http://127.0.0.1:${yard.port}` })).toMatchObject({
      status: 403,
      body: expect.stringMatching(/token/),
    });
    expect(await connect({ host: 'evil.example' })).toMatchObject({ status: 403, body: expect.stringMatching(/Host/) });
  });

  it('closes a client that sends an oversized frame', async () => {
    const { ws } = await connect();
    const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
    ws.send('x'.repeat(10_000));
    expect(await closed).toBe(1009);
  });
});
