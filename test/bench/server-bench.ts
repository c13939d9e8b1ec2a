import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import { startHookyard } from '../../src/server/start-hookyard.js';
import { openDataDir } from '../../src/storage/index.js';
import { alternate, postLoad } from './load.js';
import type { BenchResult } from './signing-bench.js';

const CREATES = 3000;
/** A store of the size a developer's test run builds (and, with CREATES, ten times that). */
const TYPICAL_CREATES = 300;
const CONNECTIONS = 10;
const PER_KEY = 10;

/** Create-webhook throughput on signalbase (persistence on) vs a bare @hono/node-server app. */
async function createThroughput(creates: number): Promise<BenchResult> {
  const CREATES = creates;
  const bare = new Hono();
  bare.post('*', async (c) => {
    await c.req.arrayBuffer();
    return c.json(
      { success: true, data: { id: 'b1f2c3d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d' }, meta: { endpoint: 'webhooks.create', creditsUsed: 0 } },
      201,
    );
  });
  const bareServer = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: bare.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const bareUrl = `http://127.0.0.1:${(bareServer.address() as AddressInfo).port}`;

  // One team per key: the seed's 10-active limit and the 60/min rate limit are per team.
  const keys = Array.from({ length: Math.ceil(CREATES / PER_KEY) }, (_, i) => ({ key: `sb_bench_${i}`, team: `team_${i}` }));
  const body = (i: number) =>
    JSON.stringify({
      endpoint_url: `https://example.com/hooks/${i}`,
      event_types: ['funding.created', 'hiring.created'],
      filters: { countries: 'US,GB' },
    });
  const request = (i: number) => ({
    path: '/signalbase/api/v2/webhooks',
    headers: { authorization: `Bearer ${keys[Math.floor(i / PER_KEY)]!.key}`, 'content-type': 'application/json' },
    body: body(i),
  });

  await postLoad(bareUrl, Math.min(500, CREATES), CONNECTIONS, request);
  // Warm the workbench's code paths once, so short rounds measure steady state, not the JIT.
  const warm = await startHookyard({ port: 0, memory: true, profiles: { signalbase: { apiKeys: keys } } });
  await postLoad(warm.url, CREATES, CONNECTIONS, request);
  await warm.close();
  // Every round starts a fresh workbench on a fresh data folder, so each measures the same work.
  const { base, ours } = await alternate(
    5,
    () => postLoad(bareUrl, CREATES, CONNECTIONS, request),
    async () => {
      const dir = join(mkdtempSync(join(tmpdir(), 'hookyard-bench-')), '.hookyard');
      const yard = await startHookyard({
        port: 0,
        profiles: { signalbase: { apiKeys: keys } },
        openStorage: () => openDataDir({ dir, now: Date.now() }),
      });
      const run = await postLoad(yard.url, CREATES, CONNECTIONS, request);
      await yard.workbench.dataDir.state.flush();
      const signalbase = yard.workbench.profile('signalbase')!;
      const stored = signalbase.listEndpoints(yard.workbench.mount.state(signalbase)).length;
      await yard.close();
      if (run.statuses[201] !== CREATES || stored !== CREATES)
        throw new Error(`bench: expected ${CREATES} creates, got ${JSON.stringify(run.statuses)} (${stored} stored)`);
      return run;
    },
  );
  bareServer.close();
  const ratio = ours.perSecond / base.perSecond;
  return {
    name: `create webhook on signalbase, ${CREATES} creates per round into a fresh store, ${CONNECTIONS} connections, durable before the answer, vs bare @hono/node-server (median of 5)`,
    figure: `${ratio.toFixed(2)}× (${Math.round(ours.perSecond)} vs ${Math.round(base.perSecond)} req/s; p99 ${ours.p99.toFixed(1)} ms)`,
    goal: creates === TYPICAL_CREATES ? '≥ 0.5×' : 'reported (a group appends only what it changed)',
    pass: creates !== TYPICAL_CREATES || ratio >= 0.5,
  };
}

/** Time from process start to the first answered request with --memory --no-open. */
async function startupTime(): Promise<BenchResult> {
  const bin = fileURLToPath(new URL('../../../../dist/cli/main.js', import.meta.url));
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    const child = spawn(process.execPath, [bin, 'dev', '--memory', '--no-open', '--port', '0'], {
      env: { ...process.env, HOOKYARD_TEST_MODE: '1' },
    });
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /listening on (\S+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.on('exit', () => reject(new Error(`hookyard exited: ${out}`)));
    });
    const response = await fetch(`${url}/_yard/api/health`);
    await response.text();
    times.push(performance.now() - started);
    child.kill('SIGTERM');
    await new Promise((r) => child.on('exit', r));
  }
  times.sort((a, b) => a - b);
  const median = times[2]!;
  return {
    name: 'process start to first answered request (--memory --no-open, median of 5)',
    figure: `${Math.round(median)} ms`,
    goal: '< 500 ms (reported)',
    pass: median < 500,
  };
}

export async function serverBench(): Promise<BenchResult[]> {
  return [await createThroughput(TYPICAL_CREATES), await createThroughput(CREATES), await startupTime()];
}
