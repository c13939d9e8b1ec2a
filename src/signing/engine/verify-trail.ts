import type { Verdict, VerifyCheck, VerifyCode } from '../types.js';

/** A failed verification: the verdict to return, carried out of the step that found it. */
export class Refusal {
  constructor(readonly verdict: Verdict) {}
}

/** The checks a verification has made so far, in order; every verdict reports them. */
export class VerifyTrail {
  readonly checks: VerifyCheck[] = [];

  note(name: string, ok: boolean, detail: string): void {
    this.checks.push({ name, ok, detail });
  }

  refuse(code: VerifyCode, message: string, extra?: Partial<Verdict>): Refusal {
    const { checks } = this;
    return new Refusal(extra ? { ok: false, code, message, checks, ...extra } : { ok: false, code, message, checks });
  }
}

export function ordinal(n: number): string {
  return ['first', 'second', 'third', 'fourth', 'fifth'][n] ?? `#${n + 1}`;
}
