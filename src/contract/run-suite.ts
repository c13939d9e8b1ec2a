import { performance } from 'node:perf_hooks';
import type { CaseResult, ContractCase, ContractOverrides, SuiteReport } from './types.js';
import { sendRequest, type ContractTarget, type SendOutcome } from './send-request.js';
import { describeOutcomes, explainFailure, meets } from './explain.js';
import { explainGenuineFailure } from './explain-genuine.js';

export interface RunOptions {
  target: ContractTarget;
  /** Where requests go (also the Request URL for a handler target). */
  url: string;
  cases: ContractCase[];
  schemeName: string;
  /** The provider's delivery timeout (15 s). */
  timeoutMs?: number;
  overrides?: ContractOverrides;
  /** Advisory cases (risky but what the official verifier does) fail instead of warning. */
  strict?: boolean;
}

function expectationFor(testCase: ContractCase, overrides?: ContractOverrides): CaseResult['expected'] {
  return overrides?.cases?.[testCase.name] ?? overrides?.cases?.[testCase.variant] ?? testCase.expect;
}

/** Runs one case: every request of it must meet the expectation. */
export async function runCase(
  testCase: ContractCase,
  options: RunOptions,
): Promise<{ outcomes: SendOutcome[]; expected: CaseResult['expected']; pass: boolean; durationMs: number }> {
  const expected = expectationFor(testCase, options.overrides);
  if (expected === 'skip') return { outcomes: [], expected, pass: true, durationMs: 0 };
  const start = performance.now();
  const outcomes: SendOutcome[] = [];
  for (const request of testCase.requests)
    outcomes.push(await sendRequest(options.target, options.url, request, options.timeoutMs ?? 15_000));
  return { outcomes, expected, pass: outcomes.every((o) => meets(expected, o)), durationMs: performance.now() - start };
}

/** Sends every case in order and judges the answers. */
type Run = { testCase: ContractCase } & Awaited<ReturnType<typeof runCase>>;

const NOT_JUDGED = 'not judged: the genuine event was rejected, so this answer proves nothing.';

/** Genuine layouts other than the provider's own that the handler accepted, per fixture. */
function passedLayouts(runs: Run[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const r of runs) {
    if (r.testCase.kind !== 'genuine' || r.testCase.variant === 'genuine' || !r.pass) continue;
    const set = out.get(r.testCase.fixture) ?? new Set<string>();
    set.add(r.testCase.variant);
    out.set(r.testCase.fixture, set);
  }
  return out;
}

/** Sends every case in order and judges the answers. */
export async function runSuite(options: RunOptions): Promise<SuiteReport> {
  const runs: Run[] = [];
  for (const testCase of options.cases) runs.push({ testCase, ...(await runCase(testCase, options)) });
  // When a fixture's genuine event is rejected, its other answers prove nothing: say so instead.
  // (Unless another layout of it passed: then the handler verifies, only not the bytes it got.)
  const layouts = passedLayouts(runs);
  const rejected = runs.filter((r) => r.testCase.variant === 'genuine' && !r.pass && !layouts.has(r.testCase.fixture));
  const genuineFailed = new Set(rejected.map((r) => r.testCase.fixture));
  // A forgery accepted is explained in the light of the others (no signature check at all?).
  const accepted = new Set(runs.filter((r) => r.testCase.kind === 'forgery' && !r.pass).map((r) => r.testCase.variant));
  const results: CaseResult[] = runs.map(({ testCase, outcomes, expected, pass, durationMs }) => {
    const base = { name: testCase.name, kind: testCase.kind, variant: testCase.variant, expected, durationMs };
    const got = expected === 'skip' ? 'skipped' : describeOutcomes(outcomes);
    if (genuineFailed.has(testCase.fixture) && testCase.variant !== 'genuine') {
      return { ...base, got, pass: false, skipped: true, why: NOT_JUDGED };
    }
    if (pass) return { ...base, got, pass: true, skipped: expected === 'skip' };
    const why =
      testCase.variant === 'genuine'
        ? explainGenuineFailure(testCase, outcomes, options.schemeName, layouts.get(testCase.fixture) ?? new Set())
        : explainFailure(testCase, outcomes, accepted, options.schemeName);
    if (testCase.advisory && !options.strict) {
      return { ...base, got, pass: true, skipped: false, warning: true, why: `warning: ${testCase.advisory}` };
    }
    return { ...base, got, pass: false, skipped: false, why: testCase.advisory ? `${why} (${testCase.advisory})` : why };
  });
  return {
    target: typeof options.target === 'string' ? options.target : options.url,
    scheme: options.schemeName,
    results,
    passed: results.filter((r) => r.pass && !r.skipped && !r.warning).length,
    failed: results.filter((r) => !r.pass && !r.skipped).length,
    skipped: results.filter((r) => r.skipped).length,
    warnings: results.filter((r) => r.warning).length,
  };
}
