import type { CaptureSummary } from './capture-types.js';

const MAX_KEPT = 10_000;

/**
 * Captures repeat the same channel, method, content type, verdict and response: one shared copy
 * each keeps the index of 100,000 captures small. Shared values are never mutated in place.
 */
export class SummaryInterner {
  private readonly strings = new Map<string, string>();
  private readonly objects = new Map<string, object>();

  private string<T extends string | null>(value: T): T {
    if (value === null) return value;
    const kept = this.strings.get(value);
    if (kept !== undefined) return kept as T;
    if (this.strings.size < MAX_KEPT) this.strings.set(value, value);
    return value;
  }

  private object<T extends object | null | undefined>(value: T, key: string): T {
    if (value === null || value === undefined) return value;
    const kept = this.objects.get(key);
    if (kept !== undefined) return kept as T;
    if (this.objects.size < MAX_KEPT) this.objects.set(key, value);
    return value;
  }

  intern(summary: CaptureSummary): CaptureSummary {
    summary.channel = this.string(summary.channel);
    summary.method = this.string(summary.method);
    summary.contentType = this.string(summary.contentType);
    const v = summary.verdict;
    if (v && v.diagnosis === null) summary.verdict = this.object(v, `v${v.ok}|${v.code}|${v.scheme}|${v.matched}|${v.message}`);
    const r = summary.response;
    summary.response = this.object(r, Object.keys(r).length === 1 ? `r${r.status}` : JSON.stringify(r));
    return summary;
  }
}
