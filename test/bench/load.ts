import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

export interface LoadResult {
  requests: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
  statuses: Record<number, number>;
}

/** `connections` keep-alive loops posting what `next(i)` returns, until `total` requests are done. */
export async function postLoad(
  url: string,
  total: number,
  connections: number,
  next: (i: number) => { path: string; headers: Record<string, string>; body: string | Buffer },
): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const target = new URL(url);
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  let issued = 0;
  const one = (i: number): Promise<void> =>
    new Promise((resolve, reject) => {
      const { path, headers, body } = next(i);
      const started = performance.now();
      const req = request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          method: 'POST',
          path,
          headers: { ...headers, 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            latencies.push(performance.now() - started);
            statuses[res.statusCode ?? 0] = (statuses[res.statusCode ?? 0] ?? 0) + 1;
            resolve();
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  const start = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (issued < total) await one(issued++);
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    requests: total,
    seconds,
    perSecond: total / seconds,
    p50: latencies[Math.floor(latencies.length * 0.5)]!,
    p99: latencies[Math.floor(latencies.length * 0.99)]!,
    max: latencies.at(-1)!,
    statuses,
  };
}

/** Alternates baseline and candidate runs and keeps the median of each: one noisy run decides nothing. */
export async function alternate(
  rounds: number,
  baseline: () => Promise<LoadResult>,
  candidate: () => Promise<LoadResult>,
): Promise<{ base: LoadResult; ours: LoadResult }> {
  const b: LoadResult[] = [];
  const c: LoadResult[] = [];
  for (let i = 0; i < rounds; i++) {
    b.push(await baseline());
    c.push(await candidate());
  }
  const median = (list: LoadResult[]) => [...list].sort((x, y) => x.perSecond - y.perSecond)[list.length >> 1]!;
  return { base: median(b), ours: median(c) };
}
