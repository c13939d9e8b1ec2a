import type { SchemeSpec } from '../signing/types.js';

/** What a case expects from the handler: a 2xx (accept) or a 4xx (reject). */
export type Expectation = '2xx' | '4xx';

export type CaseKind = 'genuine' | 'forgery' | 'redelivery';

export interface ContractRequest {
  method: 'POST';
  headers: Record<string, string>;
  body: Uint8Array;
  /** Where this request goes when it differs from the suite's URL (Twilio JSON adds `bodySHA256`). */
  url?: string;
}

export interface ContractCase {
  /** Stable name, used in reports and in the overrides file: `<fixture> / <variant>`. */
  name: string;
  kind: CaseKind;
  variant: string;
  fixture: string;
  expect: Expectation;
  /**
   * Set when the provider's official verifier does not meet `expect` by design (Stripe accepts
   * future timestamps): missing it is a warning explaining the risk, a failure only with `strict`.
   */
  advisory?: string;
  /** One or more requests (a redelivery sends the same event twice); each must meet `expect`. */
  requests: ContractRequest[];
}

export interface EventFixture {
  /** e.g. `funding.created`. */
  name: string;
  body: Uint8Array;
  /** The event type the provider names in its headers (default: the name). */
  event?: string;
  /** The sample's own content type (a saved capture keeps the one it arrived with). */
  contentType?: string;
  /** Headers this event adds to the provider's usual ones. */
  headers?: Record<string, string>;
  /** A saved capture's headers as received (to recover its event type); never replayed. */
  received?: Array<[string, string]>;
}

export interface SuiteOptions {
  scheme: SchemeSpec;
  secret: string;
  /** A secret the provider has rotated away and no longer signs with (a provider without a grace period invalidates it at once). */
  previousSecret?: string;
  fixtures: EventFixture[];
  /** Unix ms; the signing time of genuine deliveries. */
  now: number;
  /** The URL deliveries are posted to (URL-bound schemes sign it). */
  url: string;
  /** Extra headers a provider sends (content type, event type). */
  headers?: Record<string, string>;
  /** Advisory cases count as failures. */
  strict?: boolean;
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
  /** An advisory case the handler does not meet: reported, not failed (unless strict). */
  warning?: boolean;
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
  warnings?: number;
}

/** Per-case expectation overrides: `{ "cases": { "<name or variant>": "2xx" | "4xx" | "skip" } }`. */
export interface ContractOverrides {
  cases?: Record<string, Expectation | 'skip'>;
}
