import { verify } from '../../src/index.js';
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';

import { startHookyard } from '../../src/server/start-hookyard.js';
import { BIN, runBinary } from '../support/run-binary.js';
import { receiver } from '../delivery/receiver.js';

const cleanup: Array<() => Promise<void> | void> = [];
afterAll(async () => {
  for (const c of cleanup.reverse()) await c();
});

describe('hookyard trigger', () => {
  it('--to URL signs one event and sends it directly', async () => {
    const app = await receiver();
    cleanup.push(() => app.close());
    const r = await runBinary([
      'trigger',
      'funding.created',
      '--to',
      app.url,
      '--secret',
      '3f9a1c7e-2b4d-4e6a-9f1b-8c2d3e4f5a6b',
      '--set',
      'data.health_score=99',
    ]);
    expect(r.code).toBe(0);
    const got = app.received[0]!;
    expect(
      verify('signalbase', {
        headers: got.headers as Record<string, string>,
        body: got.body,
        secrets: ['3f9a1c7e-2b4d-4e6a-9f1b-8c2d3e4f5a6b'],
        now: Date.now(),
      }).ok,
    ).toBe(true);
    expect(JSON.parse(got.body.toString()).data.health_score).toBe(99);
    expect(r.stdout).toMatch(/signalbase funding.created .* → http/);
  });

  it('fires through a running workbench to its endpoints', async () => {
    const app = await receiver();
    const yard = await startHookyard({ port: 0, memory: true });
    cleanup.push(
      () => app.close(),
      () => yard.close(),
    );
    await yard.api('POST', '/endpoints', { profile: 'appkit', url: app.url, events: ['user.created'] });
    const r = await runBinary(['trigger', 'user.created', '--server', yard.url]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/appkit user.created msg_\S+ → 1 endpoint/);
    expect(app.received).toHaveLength(1);
  });

  it('explains ambiguous or unknown events and a missing workbench', async () => {
    expect((await runBinary(['trigger', 'nope.created'])).stderr).toMatch(/no profile has the event "nope.created"/);
    expect((await runBinary(['trigger', 'webhook.test'])).stderr).toMatch(/exists in pipai and signa: add --profile/);
    const down = await runBinary(['trigger', 'user.created', '--server', 'http://127.0.0.1:9']);
    expect(down.code).toBe(1);
    expect(down.stderr).toMatch(/no hookyard workbench answers at http:\/\/127.0.0.1:9/);
  });
});

describe('hookyard listen', () => {
  it('forwards captures byte-exact and in order, buffering while the app is down', async () => {
    const yard = await startHookyard({ port: 0, memory: true });
    cleanup.push(() => yard.close());
    // Reserve a port for the app, but do not answer on it yet.
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((r) => probe.close(r));
    const child = spawn(process.execPath, [
      BIN,
      'listen',
      '--forward-to',
      `http://127.0.0.1:${port}/app`,
      '--channel',
      'fw',
      '--server',
      yard.url,
    ]);
    cleanup.push(() => void child.kill());
    await new Promise<void>((resolve) => child.stdout.on('data', (d: Buffer) => /forwarding/.test(d.toString()) && resolve()));
    const bodies = [Buffer.from([0xff, 0x01]), Buffer.from('second'), Buffer.from('third')];
    for (const body of bodies) await fetch(`${yard.url}/in/fw`, { method: 'POST', body });
    await fetch(`${yard.url}/in/other`, { method: 'POST', body: 'not mine' });
    const got: Buffer[] = [];
    const done = new Promise<void>((resolve) => {
      const app: Server = createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
          got.push(Buffer.concat(chunks));
          res.end('ok');
          if (got.length === 3) resolve();
        });
      });
      app.listen(port, '127.0.0.1');
      cleanup.push(
        () =>
          new Promise<void>((r) => {
            app.closeAllConnections();
            app.close(() => r());
          }),
      );
    });
    await done;
    expect(got).toEqual(bodies);
    const captures = await yard.api<{ items: Array<{ forwarded?: { status: number } }> }>('GET', '/captures?channel=fw');
    expect(captures.items.every((c) => c.forwarded?.status === 200)).toBe(true);
  });
});
