import { describe, expect, it } from 'vitest';
import { prepareSuite, runCase, type ContractTarget, type RunOptions } from '../contract/index.js';
import type { ContractOverrides } from '../contract/types.js';
import { describeOutcomes, explainFailure } from '../contract/explain.js';
import type { SchemeSpec } from '../signing/types.js';

export interface ContractSuiteOptions {
  /** Your handler's URL, or its fetch function (e.g. a hono `app.fetch`) to test without a server. */
  target: ContractTarget;
  profile?: string;
  scheme?: string | SchemeSpec;
  secret: string;
  previousSecret?: string;
  fixturesDir?: string;
  /** The URL used in requests to a fetch target (URL-bound schemes sign it). */
  url?: string;
  overrides?: ContractOverrides;
  timeoutMs?: number;
  /** Unix ms used to sign; defaults to the current time. */
  now?: number;
  /** Only this sample event (type or name). */
  event?: string;
  /** Advisory cases (risky but what the provider's official verifier accepts) fail instead of warning. */
  strict?: boolean;
}

/**
 * Registers one vitest test per contract case. Call it at the top level of a test file:
 * `await contractSuite({ target: app.fetch, scheme: 'standard-webhooks', secret })` (or `profile: '<provider id>'`).
 */
export async function contractSuite(options: ContractSuiteOptions): Promise<void> {
  const url = options.url ?? (typeof options.target === 'string' ? options.target : 'http://localhost/webhooks');
  const { scheme, cases } = await prepareSuite({
    profile: options.profile,
    scheme: options.scheme,
    secret: options.secret,
    previousSecret: options.previousSecret,
    fixturesDir: options.fixturesDir,
    url,
    now: options.now ?? Date.now(),
    event: options.event,
  });
  const run: RunOptions = {
    target: options.target,
    url,
    cases,
    schemeName: scheme.name,
    timeoutMs: options.timeoutMs,
    overrides: options.overrides,
  };
  const accepted = new Set<string>();
  describe(`webhook contract (${scheme.name})`, () => {
    for (const testCase of cases) {
      it(testCase.name, async () => {
        const result = await runCase(testCase, run);
        if (result.expected === 'skip') return;
        if (!result.pass && testCase.advisory && !options.strict) {
          // What the official verifier does too: a warning, not a failure.
          console.warn(`hookyard: ${testCase.name}: ${testCase.advisory}`);
          return;
        }
        if (!result.pass && testCase.kind === 'forgery') accepted.add(testCase.variant);
        const why = result.pass ? '' : explainFailure(testCase, result.outcomes, accepted, scheme.name);
        expect(result.pass, `expected ${result.expected}, got ${describeOutcomes(result.outcomes)}: ${why}`).toBe(true);
      });
    }
  });
}
