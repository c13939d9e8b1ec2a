import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { sign } from '../../src/signing/index.js';
import { prefillCaptures } from './prefill-captures.js';
import { startBareChild, startChildYard } from './child-yard.js';
import { postLoad, type LoadResult } from './load.js';
import type { BenchResult } from './signing-bench.js';

const STORED = 100_000;
const REQUESTS = 5000;
const ROUNDS = 5;
const CONNECTIONS = 10;
const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

function configIn(folder: string, ring: number): string {
  writeFileSync(
    join(folder, 'hookyard.config.json'),
    JSON.stringify({ maxCaptures: ring, channels: { bench: { scheme: 'standard-webhooks', secrets: [SECRET] } } }),
  );
  return folder;
}

/** The run whose rate is the median (its latencies go with it). */
function median(runs: LoadResult[]): LoadResult {
  return [...runs].sort((a, b) => a.perSecond - b.perSecond)[Math.floor(runs.length / 2)]!;
}

/** One inspector's worth of stream client, as a developer has open while webhooks arrive. */
async function streamClient(url: string, expected: number): Promise<{ caughtUp(): Promise<void>; close(): void }> {
  let streamed = 0;
  let done: () => void = () => undefined;
  const all = new Promise<void>((resolve) => (done = resolve));
  const ws = new WebSocket(`${url.replace('http', 'ws')}/_yard/ws`);
  ws.on('message', (data) => {
    const frame = JSON.parse(String(data)) as { type: string; events?: unknown[] };
    streamed += frame.type === 'batch' ? frame.events!.length : 1;
    if (streamed >= expected) done();
  });
  await new Promise((r) => ws.on('open', r));
  return {
    caughtUp: () =>
      Promise.race([
        all,
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error(`bench: the stream client saw ${streamed} of ${expected} events`)), 10_000).unref(),
        ),
      ]),
    close: () => ws.close(),
  };
}

/**
 * Capture cost with the store empty and with 100,000 captures stored, each workbench in its own
 * process (its RSS is its own), against a bare node:http process; plus start-up on the full store
 * and 2,000 captures of 1 MiB in a row.
 */
export async function captureScaleBench(): Promise<BenchResult[]> {
  const shell = JSON.stringify({ id: 'evt_0', data: '' });
  const bodies = Array.from({ length: REQUESTS }, (_, i) =>
    JSON.stringify({ id: `evt_${i}`, data: 'x'.repeat(1024 - shell.length - String(i).length + 1) }),
  );
  const request = (i: number) => ({
    path: '/in/bench',
    headers: {
      'content-type': 'application/json',
      ...sign('standard-webhooks', { body: bodies[i]!, secret: SECRET, id: `msg_${i}`, now: Date.now() }),
    },
    body: bodies[i]!,
  });

  const small = configIn(mkdtempSync(join(tmpdir(), 'hookyard-scale-small-')), 1000);
  const large = configIn(mkdtempSync(join(tmpdir(), 'hookyard-scale-large-')), STORED);
  const prefillStart = performance.now();
  await prefillCaptures(join(large, '.hookyard'), STORED);
  const prefillSeconds = (performance.now() - prefillStart) / 1000;

  const bare = await startBareChild();
  const results: BenchResult[] = [];
  // Both workbenches run side by side and take turns with the baseline in the same rounds, so
  // the two ratios see the same machine (two phases one after the other differed by ±15 %).
  const yards = [
    { label: 'ring 1,000, empty at start', yard: await startChildYard([], small) },
    { label: `${STORED.toLocaleString('en-US')} captures stored`, yard: await startChildYard([], large) },
  ];
  const startup = yards[1]!.yard.startupMs;
  results.push({
    name: `start-up with ${STORED.toLocaleString('en-US')} captures stored (process start to the first answered request)`,
    figure: `${Math.round(startup)} ms`,
    goal: '< 2 s',
    pass: startup < 2000,
  });
  const streams = await Promise.all(yards.map(({ yard }) => streamClient(yard.url, 500 + ROUNDS * REQUESTS)));
  await postLoad(bare.url, 500, CONNECTIONS, request);
  for (const { yard } of yards) await postLoad(yard.url, 500, CONNECTIONS, request);
  const runs: LoadResult[][] = [[], [], []];
  for (let round = 0; round < ROUNDS; round++) {
    runs[0]!.push(await postLoad(bare.url, REQUESTS, CONNECTIONS, request));
    // Which workbench follows the baseline alternates, so neither always meets the machine the baseline left.
    const order = round % 2 === 0 ? [0, 1] : [1, 0];
    for (const i of order) runs[i + 1]!.push(await postLoad(yards[i]!.yard.url, REQUESTS, CONNECTIONS, request));
  }
  for (const stream of streams) await stream.caughtUp();
  const base = median(runs[0]!);
  const ratios: number[] = [];
  for (const [i, { label, yard }] of yards.entries()) {
    const ours = median(runs[i + 1]!);
    const ratio = ours.perSecond / base.perSecond;
    ratios.push(ratio);
    results.push({
      name: `capture signed 1 KiB JSON with a stream client, ${label}, separate processes, vs bare node:http (median of ${ROUNDS} alternating rounds)`,
      figure: `${ratio.toFixed(2)}× (${Math.round(ours.perSecond)} vs ${Math.round(base.perSecond)} req/s), p99 ${ours.p99.toFixed(1)} ms, max ${ours.max.toFixed(1)} ms`,
      goal: '≥ 0.5×',
      pass: ratio >= 0.5,
    });
    if (i === 1) {
      results.push({
        name: `capture p99 / max latency with ${STORED.toLocaleString('en-US')} stored`,
        figure: `${ours.p99.toFixed(1)} / ${ours.max.toFixed(1)} ms`,
        goal: '≤ 10 / ≤ 50 ms',
        pass: ours.p99 <= 10 && ours.max <= 50,
      });
      results.push({
        name: `peak RSS of the workbench with ${STORED.toLocaleString('en-US')} captures of 1 KiB stored, after the load`,
        figure: `${Math.round(yard.peakRssMiB())} MiB`,
        goal: '≤ 200 MiB',
        pass: yard.peakRssMiB() <= 200,
      });
    }
  }
  for (const stream of streams) stream.close();
  for (const { yard } of yards) await yard.stop();
  const drift = Math.abs(ratios[1]! - ratios[0]!) / ratios[0]!;
  results.push({
    name: 'capture ratio with 100,000 stored vs ring 1,000',
    figure: `${(drift * 100).toFixed(1)} % apart`,
    goal: 'within 10 %',
    pass: drift <= 0.1,
  });
  bare.stop();

  const big = mkdtempSync(join(tmpdir(), 'hookyard-scale-big-'));
  const yard = await startChildYard([], big);
  const mib = Buffer.alloc(1024 * 1024 - 64, 'a');
  const run = await postLoad(yard.url, 2000, 4, () => ({
    path: '/in/big',
    headers: { 'content-type': 'application/octet-stream' },
    body: mib,
  }));
  const alive = (await fetch(`${yard.url}/_yard/api/health`)).ok;
  results.push({
    name: '2,000 captures of 1 MiB in a row, 4 connections',
    figure: `${run.statuses[200] ?? 0} of 2000 acknowledged, process ${alive ? 'alive' : 'gone'}, peak RSS ${Math.round(yard.peakRssMiB())} MiB, max latency ${run.max.toFixed(0)} ms`,
    goal: 'all acknowledged, process alive',
    pass: run.statuses[200] === 2000 && alive,
  });
  await yard.stop();
  results.push({
    name: `prefill of ${STORED.toLocaleString('en-US')} stored captures through the capture store`,
    figure: `${prefillSeconds.toFixed(1)} s`,
    goal: 'reported',
    pass: true,
  });
  return results;
}
