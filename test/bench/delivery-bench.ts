import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startHookyard } from '../../src/server/start-hookyard.js';
import { openDataDir } from '../../src/storage/index.js';
import type { BenchResult } from './signing-bench.js';
import { startChildYard } from './child-yard.js';

const EVENTS = 5000;
const CONCURRENCY = 32;

async function pool(total: number, concurrency: number, run: (i: number) => Promise<unknown>): Promise<number> {
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) await run(next++);
    }),
  );
  return (performance.now() - start) / 1000;
}

/** 5,000 signed 1 KiB deliveries with attempts persisted, vs a plain fetch loop, same concurrency. */
export async function deliveryBench(): Promise<BenchResult[]> {
  let received = 0;
  const sink = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      received++;
      res.end('ok');
    });
  });
  await new Promise<void>((r) => sink.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(sink.address() as AddressInfo).port}/hooks`;
  const shell = JSON.stringify({ type: 'user.created', timestamp: '2026-11-22T00:00:00.000Z', data: { note: '' } });
  const body = JSON.stringify({
    type: 'user.created',
    timestamp: '2026-11-22T00:00:00.000Z',
    data: { note: 'x'.repeat(1024 - shell.length) },
  });

  const baselineSeconds = await pool(EVENTS, CONCURRENCY, async () => {
    const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    await r.text();
  });

  const dir = join(mkdtempSync(join(tmpdir(), 'hookyard-bench-')), '.hookyard');
  const yard = await startHookyard({ port: 0, openStorage: () => openDataDir({ dir, now: Date.now() }) });
  const created = await yard.api<{ response: { data: { id: string } } }>('POST', '/endpoints', {
    profile: 'appkit',
    url,
    events: ['user.created'],
  });
  const endpointId = created.response.data.id;
  received = 0;
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
  const oursSeconds = await pool(EVENTS, CONCURRENCY, async () => {
    const { deliveries } = await yard.dispatcher.fire({ profile: 'appkit', type: 'user.created', endpointId, body });
    if (deliveries[0]?.state !== 'succeeded') throw new Error(`bench: delivery ${deliveries[0]?.state}`);
  });
  clearInterval(sampler);
  await yard.workbench.dataDir.state.flush();
  await yard.close();
  if (received !== EVENTS) throw new Error(`bench: sink got ${received} of ${EVENTS}`);
  // The same run against a workbench in its own process, fired through the control API, so its
  // peak RSS is the workbench's alone (not the sink's, the load's or this process's).
  const child = await startChildYard(['--data-dir', join(mkdtempSync(join(tmpdir(), 'hookyard-bench-')), '.hookyard')]);
  const api = async (path: string, payload: unknown): Promise<Record<string, unknown>> => {
    const r = await fetch(`${child.url}/_yard/api${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload),
    });
    if (r.status !== 201) throw new Error(`bench: ${path} answered ${r.status}: ${await r.text()}`);
    return (await r.json()) as Record<string, unknown>;
  };
  const childEndpoint = (await api('/endpoints', { profile: 'appkit', url, events: ['user.created'] })) as {
    response: { data: { id: string } };
  };
  const data = { note: 'x'.repeat(900) };
  received = 0;
  const childSeconds = await pool(EVENTS, CONCURRENCY, async () => {
    const fired = (await api('/events', { profile: 'appkit', type: 'user.created', endpointId: childEndpoint.response.data.id, data })) as {
      deliveries: Array<{ state: string }>;
    };
    if (fired.deliveries[0]?.state !== 'succeeded') throw new Error(`bench: delivery ${fired.deliveries[0]?.state}`);
  });
  const childRss = child.peakRssMiB();
  await child.stop();
  if (received !== EVENTS) throw new Error(`bench: sink got ${received} of ${EVENTS} from the child workbench`);
  const ours = EVENTS / oursSeconds;
  const base = EVENTS / baselineSeconds;
  const ratio = ours / base;
  sink.close();
  return [
    {
      name: `deliver ${EVENTS} signed 1 KiB events, concurrency ${CONCURRENCY}, attempts persisted, vs a plain fetch loop`,
      figure: `${ratio.toFixed(2)}× (${Math.round(ours)} vs ${Math.round(base)} events/s)`,
      goal: '≥ 0.6×',
      pass: ratio >= 0.6,
    },
    {
      name: 'peak RSS of the bench process during that run (workbench, sink and load in one process)',
      figure: `${Math.round(peakRss / 1024 / 1024)} MiB`,
      goal: 'reported',
      pass: true,
    },
    {
      name: `the same ${EVENTS} deliveries by a workbench in its own process, each fired through POST /_yard/api/events`,
      figure: `${Math.round(EVENTS / childSeconds)} events/s (${(EVENTS / childSeconds / base).toFixed(2)}× the fetch loop, control request included); peak RSS ${Math.round(childRss)} MiB`,
      goal: 'peak RSS ≤ 150 MiB',
      pass: childRss <= 150,
    },
  ];
}
