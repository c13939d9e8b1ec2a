import { performance } from 'node:perf_hooks';
import type { CaseResult, ContractCase, ContractOverrides, SuiteReport } from './types.js';
import { sendRequest, type ContractTarget, type SendOutcome } from './send-request.js';
import { describeOutcomes, explainFailure, meets } from './explain.js';

export interface RunOptions {
  target: ContractTarget;
  /** Where requests go (also the Request URL for a handler target). */
  url: string;
  cases: ContractCase[];
  schemeName: string;
  /** The provider's delivery timeout (15 s). */
  timeoutMs?: number;
  overrides?: ContractOverrides;
}

function expectationFor(testCase: ContractCase, overrides?: ContractOverrides): CaseResult['expected'] {
  return overrides?.cases?.[testCase.name] ?? overrides?.cases?.[testCase.variant] ?? testCase.expect;
}

/** Runs one case: every request of it must meet the expectation. */
export async function runCase(testCase: ContractCase, options: RunOptions): Promise<{ outcomes: SendOutcome[]; expected: CaseResult['expected']; pass: boolean; durationMs: number }> {
  const expected = expectationFor(testCase, options.overrides);
  if (expected === 'skip') return { outcomes: [], expected, pass: true, durationMs: 0 };
  const start = performance.now();
  const outcomes: SendOutcome[] = [];
  for (const request of testCase.requests) outcomes.push(await sendRequest(options.target, options.url, request, options.timeoutMs ?? 15_000));
  return { outcomes, expected, pass: outcomes.every((o) => meets(expected, o)), durationMs: performance.now() - start };
}

/** Sends every case in order and judges the answers. */
export async function runSuite(options: RunOptions): Promise<SuiteReport> {
  const runs: Array<{ testCase: ContractCase } & Awaited<ReturnType<typeof runCase>>> = [];
  for (const testCase of options.cases) runs.push({ testCase, ...(await runCase(testCase, options)) });
  // A forgery accepted is explained in the light of the others (no signature check at all?).
  const accepted = new Set(runs.filter((r) => r.testCase.kind === 'forgery' && !r.pass).map((r) => r.testCase.variant));
  const results: CaseResult[] = runs.map(({ testCase, outcomes, expected, pass, durationMs }) => ({
    name: testCase.name,
    kind: testCase.kind,
    variant: testCase.variant,
    expected,
    got: expected === 'skip' ? 'skipped' : describeOutcomes(outcomes),
    pass,
    skipped: expected === 'skip',
    why: pass ? undefined : explainFailure(testCase, outcomes, accepted, options.schemeName),
    durationMs,
  }));
  return {
    target: typeof options.target === 'string' ? options.target : options.url,
    scheme: options.schemeName,
    results,
    passed: results.filter((r) => r.pass && !r.skipped).length,
    failed: results.filter((r) => !r.pass).length,
    skipped: results.filter((r) => r.skipped).length,
  };
}
