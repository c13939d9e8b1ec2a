import type { CapturesDocument, DocumentStore } from '../storage/types.js';
import { summarize, type Capture, type CaptureSummary } from './capture-types.js';
import { EXPORT_FORMAT, parseCaptureExport } from './capture-import.js';

export interface CaptureFilter {
  channel?: string;
  method?: string;
  /** Substring of the sub-path. */
  path?: string;
  status?: number;
  verdict?: 'ok' | 'failed' | 'unsigned';
  /** Case-insensitive text search over path, headers and body. */
  q?: string;
  limit?: number;
  /** The id of the last item of the previous page. */
  cursor?: string;
}

/** A ring buffer of captures over the captures document (oldest dropped first). */
export class CaptureStore {
  constructor(private readonly doc: DocumentStore<CapturesDocument>, private readonly max: number) {}

  private get all(): Capture[] {
    return this.doc.data.captures as Capture[];
  }

  add(capture: Capture): void {
    const all = this.all;
    all.push(capture);
    if (all.length > this.max) all.splice(0, all.length - this.max);
    this.doc.changed();
  }

  update(id: string, change: (capture: Capture) => void): Capture | undefined {
    const capture = this.get(id);
    if (capture) {
      change(capture);
      this.doc.changed();
    }
    return capture;
  }

  get(id: string): Capture | undefined {
    return this.all.find((c) => c.id === id);
  }

  delete(id: string): boolean {
    const index = this.all.findIndex((c) => c.id === id);
    if (index < 0) return false;
    this.all.splice(index, 1);
    this.doc.changed();
    return true;
  }

  clear(): number {
    const count = this.all.length;
    this.doc.data.captures = [];
    this.doc.changed();
    return count;
  }

  size(): number {
    return this.all.length;
  }

  list(filter: CaptureFilter = {}): { items: CaptureSummary[]; nextCursor: string | null; total: number } {
    const q = filter.q?.toLowerCase();
    const matches = (c: Capture): boolean => {
      if (filter.channel && c.channel !== filter.channel) return false;
      if (filter.method && c.method !== filter.method.toUpperCase()) return false;
      if (filter.path && !c.path.includes(filter.path)) return false;
      if (filter.status !== undefined && c.response.status !== filter.status) return false;
      if (filter.verdict) {
        const kind = c.verdict === null ? 'unsigned' : c.verdict.ok ? 'ok' : 'failed';
        if (kind !== filter.verdict) return false;
      }
      if (q) {
        const haystack = `${c.method} ${c.path} ${c.headers.map(([n, v]) => `${n}: ${v}`).join('\n')} ${Buffer.from(c.bodyBase64, 'base64').toString('utf8')}`.toLowerCase();
        if (!haystack.includes(q)) return false;
      }
      return true;
    };
    const newestFirst = [...this.all].reverse().filter(matches);
    const start = filter.cursor ? newestFirst.findIndex((c) => c.id === filter.cursor) + 1 : 0;
    const limit = Math.max(1, Math.min(filter.limit ?? 100, 100_000));
    const page = newestFirst.slice(start, start + limit);
    return { items: page.map(summarize), nextCursor: start + limit < newestFirst.length ? (page.at(-1)?.id ?? null) : null, total: newestFirst.length };
  }

  export(): { format: string; version: 1; exportedAt: string; captures: Capture[] } {
    return { format: EXPORT_FORMAT, version: 1, exportedAt: new Date().toISOString(), captures: [...this.all] };
  }

  /** Adds captures from an export; every entry is checked and a bad one is named. */
  import(data: unknown): number {
    const entries = parseCaptureExport(data);
    const existing = new Set(this.all.map((c) => c.id));
    let added = 0;
    for (const c of entries) {
      if (existing.has(c.id)) continue;
      existing.add(c.id);
      this.add(c);
      added++;
    }
    return added;
  }
}
