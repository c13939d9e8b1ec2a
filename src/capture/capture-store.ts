import type { CapturesDocument, DocumentStore } from '../storage/types.js';
import { summarize, type Capture, type CaptureSummary } from './capture-types.js';

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

export class CaptureImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CaptureImportError';
  }
}

export const EXPORT_FORMAT = 'hookyard-captures';

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
    const d = data as { format?: unknown; version?: unknown; captures?: unknown };
    if (!d || typeof d !== 'object' || d.format !== EXPORT_FORMAT || d.version !== 1 || !Array.isArray(d.captures)) {
      throw new CaptureImportError(`expected {"format":"${EXPORT_FORMAT}","version":1,"captures":[…]} (what GET /_yard/api/captures/export gives)`);
    }
    const required: Array<[keyof Capture, string]> = [['id', 'string'], ['channel', 'string'], ['method', 'string'], ['path', 'string'], ['receivedAt', 'string'], ['bodyBase64', 'string'], ['size', 'number']];
    d.captures.forEach((c, i) => {
      if (!c || typeof c !== 'object') throw new CaptureImportError(`captures[${i}] is not an object`);
      for (const [key, type] of required) if (typeof (c as Record<string, unknown>)[key] !== type) throw new CaptureImportError(`captures[${i}].${key} must be a ${type}`);
      if (!Array.isArray((c as Capture).headers) || (c as Capture).headers.some((h) => !Array.isArray(h) || h.length !== 2)) throw new CaptureImportError(`captures[${i}].headers must be [name, value] pairs`);
    });
    const existing = new Set(this.all.map((c) => c.id));
    let added = 0;
    for (const c of d.captures as Capture[]) {
      if (existing.has(c.id)) continue;
      this.add({ ...c, verdict: c.verdict ?? null, response: c.response ?? { status: 200 }, url: c.url ?? '', query: c.query ?? '', remoteAddress: c.remoteAddress ?? null, contentType: c.contentType ?? null });
      added++;
    }
    return added;
  }
}
