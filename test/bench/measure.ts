import { performance } from 'node:perf_hooks';

export interface Throughput {
  name: string;
  opsPerSecond: number;
}

/** Runs `fn` for about `ms` and returns operations per second. */
export async function opsPerSecond(fn: () => unknown, ms: number): Promise<number> {
  let ops = 0;
  const start = performance.now();
  let elapsed = 0;
  let batch = 64;
  while (elapsed < ms) {
    for (let i = 0; i < batch; i++) {
      const r = fn();
      if (r instanceof Promise) await r;
    }
    ops += batch;
    elapsed = performance.now() - start;
    if (elapsed < ms / 20) batch *= 2;
  }
  return (ops / elapsed) * 1000;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Alternates baseline and candidate rounds in one process, so both see the same machine state. */
export async function compare(
  baseline: () => unknown,
  candidate: () => unknown,
  rounds = 7,
  ms = 250,
): Promise<{ baseline: number; candidate: number; ratio: number }> {
  for (let i = 0; i < 2000; i++) {
    await baseline();
    await candidate();
  }
  const b: number[] = [];
  const c: number[] = [];
  for (let i = 0; i < rounds; i++) {
    b.push(await opsPerSecond(baseline, ms));
    c.push(await opsPerSecond(candidate, ms));
  }
  const baselineOps = median(b);
  const candidateOps = median(c);
  return { baseline: baselineOps, candidate: candidateOps, ratio: candidateOps / baselineOps };
}

export function formatOps(n: number): string {
  return `${Math.round(n).toLocaleString('en-US')} ops/s`;
}
