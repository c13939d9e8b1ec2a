import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { sign } from '../../src/signing/index.js';
import { startHookyard } from '../../src/server/start-hookyard.js';
import { openDataDir } from '../../src/storage/index.js';
import { alternate, postLoad } from './load.js';
import type { BenchResult } from './signing-bench.js';

const REQUESTS = 5000;
const CONNECTIONS = 10;
const RING = 1000;

/** Signed 1 KiB JSON into /in/bench (verification, persistence, one stream client) vs bare node:http. */
export async function captureBench(): Promise<BenchResult[]> {
  const bare = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      Buffer.concat(chunks);
      res.end('ok');
    });
  });
  await new Promise<void>((r) => bare.listen(0, '127.0.0.1', r));
  const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}`;

  const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
  const shell = JSON.stringify({ id: 'evt_0', data: '' });
  const bodies = Array.from({ length: REQUESTS }, (_, i) =>
    JSON.stringify({ id: `evt_${i}`, data: 'x'.repeat(1024 - shell.length - String(i).length + 1) }),
  );
  const request = (i: number) => ({
    path: '/in/bench',
    headers: {
      'content-type': 'application/json',
      ...sign('standard-webhooks', { body: bodies[i]!, secret, id: `msg_${i}`, now: Date.now() }),
    },
    body: bodies[i]!,
  });

  const dir = join(mkdtempSync(join(tmpdir(), 'hookyard-bench-')), '.hookyard');
  const yard = await startHookyard({
    port: 0,
    maxCaptures: RING,
    channels: { bench: { scheme: 'standard-webhooks', secrets: [secret] } },
    openStorage: () => openDataDir({ dir, now: Date.now() }),
  });
  let streamed = 0;
  const ws = new WebSocket(`${yard.url.replace('http', 'ws')}/_yard/ws`);
  ws.on('message', (data) => {
    const frame = JSON.parse(String(data)) as { type: string; events?: unknown[] };
    streamed += frame.type === 'batch' ? frame.events!.length : 1;
  });
  await new Promise((r) => ws.on('open', r));

  await postLoad(bareUrl, 500, CONNECTIONS, request);
  let acknowledgedTotal = 0;
  const { base, ours } = await alternate(
    5,
    () => postLoad(bareUrl, REQUESTS, CONNECTIONS, request),
    async () => {
      const run = await postLoad(yard.url, REQUESTS, CONNECTIONS, request);
      acknowledgedTotal += run.statuses[200] ?? 0;
      return run;
    },
  );
  const page = await yard.api<{ items: Array<{ verdict: { ok: boolean } | null }>; total: number }>('GET', `/captures?limit=${RING}`);
  const valid = page.items.filter((c) => c.verdict?.ok).length;
  ws.close();
  await yard.close();
  bare.close();
  const acknowledged = acknowledgedTotal;
  const kept = Math.min(acknowledged, RING);
  const ratio = ours.perSecond / base.perSecond;
  return [
    {
      // In one process the load generator, its signing and the stream client share the event loop
      // with the workbench; the goal is measured with separate processes (the capture-scale suite).
      name: `capture signed 1 KiB JSON with verification, persistence and a stream client, ${CONNECTIONS} connections, all in this one process, vs bare node:http (median of 5)`,
      figure: `${ratio.toFixed(2)}× (${Math.round(ours.perSecond)} vs ${Math.round(base.perSecond)} req/s)`,
      goal: 'reported (the ≥ 0.5× goal is measured in separate processes: capture-scale)',
      pass: true,
    },
    { name: 'capture p99 latency', figure: `${ours.p99.toFixed(1)} ms (bare ${base.p99.toFixed(1)} ms)`, goal: 'reported', pass: true },
    {
      name: 'acknowledged captures in the store (up to the ring size), all verified',
      figure: `${page.total} of ${kept} kept, ${valid} valid, ${streamed} stream events`,
      goal: 'none missing',
      pass: page.total === kept && valid === kept,
    },
  ];
}
