import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { attachStream } from '../../src/stream/index.js';
import { EventHub } from '../../src/plumbing/event-hub.js';

describe('stream with a slow client', () => {
  it('drops events past the buffer limit instead of growing, and says how many', async () => {
    const server = createServer();
    const hub = new EventHub(10);
    const stream = attachStream(server, { path: '/_yard/ws', token: 't', hub, hostAllowed: () => true, maxBufferedBytes: 64 * 1024 });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const client = new WebSocket(`ws://127.0.0.1:${(server.address() as AddressInfo).port}/_yard/ws`);
    const frames: Array<Record<string, unknown>> = [];
    client.on('message', (d) => {
      const frame = JSON.parse(String(d)) as Record<string, unknown>;
      frames.push(...(frame.type === 'batch' ? (frame.events as Array<Record<string, unknown>>) : [frame]));
    });
    await new Promise((r) => client.on('open', r));
    // Stop reading: the kernel buffers fill, then the server's own buffer would grow.
    (client as unknown as { _socket: { pause(): void; resume(): void } })._socket.pause();
    const summary = 'x'.repeat(500);
    // Published across many ticks, as requests would be, so frames pile up behind the paused reader.
    for (let i = 0; i < 40_000; i++) {
      hub.publish({ type: 'api.call', at: String(i), summary });
      if (i % 100 === 99) await new Promise((r) => setImmediate(r));
    }
    (client as unknown as { _socket: { resume(): void } })._socket.resume();
    // Once the client catches up, the next event is preceded by the overflow notice.
    let published = 40_000;
    await expect
      .poll(
        () => {
          hub.publish({ type: 'api.call', at: 'tick', summary: 'tick' });
          published++;
          return frames.some((f) => f.type === 'overflow');
        },
        { timeout: 10_000, interval: 20 },
      )
      .toBe(true);
    const dropped = frames.filter((f) => f.type === 'overflow').reduce((sum, f) => sum + (f.dropped as number), 0);
    expect(dropped).toBeGreaterThan(0);
    // Every event was either delivered or counted as dropped (the last tick may still be in flight).
    await expect.poll(() => frames.filter((f) => f.type === 'api.call').length + dropped).toBe(published);
    client.close();
    stream.close();
    server.close();
  });
});
