import type { SchemeSpec } from '../signing/types.js';

/** What a case expects from the handler: a 2xx (accept) or a 4xx (reject). */
export type Expectation = '2xx' | '4xx';

export type CaseKind = 'genuine' | 'forgery' | 'redelivery';

export interface ContractRequest {
  method: 'POST';
  headers: Record<string, string>;
  body: Uint8Array;
}

export interface ContractCase {
  /** Stable name, used in reports and in the overrides file: `<fixture> / <variant>`. */
  name: string;
  kind: CaseKind;
  variant: string;
  fixture: string;
  expect: Expectation;
  /** One or more requests (a redelivery sends the same event twice); each must meet `expect`. */
  requests: ContractRequest[];
}

export interface EventFixture {
  /** e.g. `funding.created`. */
  name: string;
  body: Uint8Array;
}

export interface SuiteOptions {
  scheme: SchemeSpec;
  secret: string;
  /** A secret the provider has rotated away and no longer signs with (appkit invalidates at once). */
  previousSecret?: string;
  fixtures: EventFixture[];
  /** Unix ms; the signing time of genuine deliveries. */
  now: number;
  /** The URL deliveries are posted to (URL-bound schemes sign it). */
  url: string;
  /** Extra headers a provider sends (content type, event type). */
  headers?: Record<string, string>;
  /** Deterministic randomness for the wrong secrets. */
  randomBytes(size: number): Uint8Array;
}

export interface CaseResult {
  name: string;
  kind: CaseKind;
  variant: string;
  expected: Expectation | 'skip';
  /** What the handler answered, per request: a status, or an error kind. */
  got: string;
  pass: boolean;
  skipped: boolean;
  /** For a failure: why it matters and how to fix it, in one sentence. */
  why?: string;
  durationMs: number;
}

export interface SuiteReport {
  target: string;
  scheme: string;
  results: CaseResult[];
  passed: number;
  failed: number;
  skipped: number;
}

/** Per-case expectation overrides: `{ "cases": { "<name or variant>": "2xx" | "4xx" | "skip" } }`. */
export interface ContractOverrides {
  cases?: Record<string, Expectation | 'skip'>;
}
