import { signingBench, type BenchResult } from './signing-bench.js';
import { serverBench } from './server-bench.js';
import { deliveryBench } from './delivery-bench.js';
import { captureBench } from './capture-bench.js';
import { inspectorBench } from './inspector-bench.js';
import { captureScaleBench } from './capture-scale-bench.js';

/** `npm run bench`: every figure is a ratio against a baseline measured in this same process. */
async function main(): Promise<void> {
  const suites: Array<[string, () => Promise<BenchResult[]>]> = [
    ['signatures', signingBench],
    ['server', serverBench],
    ['deliveries', deliveryBench],
    ['capture', captureBench],
    ['capture-scale', captureScaleBench],
    ['inspector', inspectorBench],
  ];
  const only = process.argv[2];
  let failed = false;
  for (const [name, run] of suites) {
    if (only && only !== name) continue;
    process.stdout.write(`\n## ${name}\n`);
    for (const result of await run()) {
      failed ||= !result.pass;
      process.stdout.write(`${result.pass ? '✓' : '✗'} ${result.name}: ${result.figure} (goal ${result.goal})\n`);
    }
  }
  process.stdout.write(`\nnode ${process.version}, ${process.platform}/${process.arch}\n`);
  if (failed) process.exitCode = 1;
}

void main();
