import type { JournalRef, JournalStore, LegacyData, ReplayReport } from '../storage/index.js';
import type { Capture, CaptureSummary, NewCapture } from './capture-types.js';
import { CaptureIndex, type IndexEntry } from './capture-index.js';
import { SummaryInterner } from './summary-interner.js';
import { EXPORT_FORMAT, parseCaptureExport } from './capture-import.js';

export interface CaptureFilter {
  channel?: string;
  method?: string;
  /** Substring of the sub-path. */
  path?: string;
  status?: number;
  verdict?: 'ok' | 'failed' | 'unsigned';
  /** Case-insensitive text search over path, headers and body (reads bodies from disk). */
  q?: string;
  limit?: number;
  /** The id of the last item of the previous page. */
  cursor?: string;
}

/** What a capture keeps on disk next to its summary: everything large or rarely read. */
interface CaptureDetail {
  url: string;
  query: string;
  headers: Array<[string, string]>;
  remoteAddress: string | null;
  diagnosis: NonNullable<Capture['verdict']>['diagnosis'];
  answerHeaders?: Record<string, string>;
  answerBody?: string;
}

type JournalRecord = { k: 'c'; s: CaptureSummary } | { k: 'u'; id: string; forwarded: Capture['forwarded'] } | { k: 'd'; id: string };

function split(capture: NewCapture | Capture): { summary: CaptureSummary; detail: CaptureDetail } {
  const { headers, url, query, remoteAddress, verdict, response, bodyBase64: _body, ...rest } = capture as Capture;
  // The index keeps the answer's status (and delay); its headers and body stay on disk.
  const { headers: answerHeaders, body: answerBody, ...answer } = response;
  const summary: CaptureSummary = { ...rest, response: answer, verdict: verdict ? { ...verdict, diagnosis: null } : null };
  const detail: CaptureDetail = { url, query, headers, remoteAddress, diagnosis: verdict?.diagnosis ?? null, answerHeaders, answerBody };
  return { summary, detail };
}

/**
 * The capture ring: each capture is appended to the journal (summary in the record, headers and
 * body by reference) and acknowledged only once written; memory holds the index of summaries.
 */
export class CaptureStore {
  private readonly index: CaptureIndex;
  private readonly interner = new SummaryInterner();

  constructor(
    private readonly journal: JournalStore,
    max: number,
  ) {
    this.index = new CaptureIndex(max);
  }

  /** Builds the index from the journal, then takes over captures of the older format once. */
  async load(legacy?: LegacyData | null): Promise<ReplayReport> {
    const report = await this.journal.replay((record, ref) => this.apply(record as JournalRecord, ref));
    await this.dropDeadSegments();
    if (legacy && legacy.captures.length > 0) {
      const converted = await this.import({ format: EXPORT_FORMAT, version: 1, captures: legacy.captures }).catch(() => 0);
      report.notices.push(`converted ${converted} capture(s) from captures.json to the journal`);
    }
    return report;
  }

  private apply(record: JournalRecord, ref: JournalRef): void {
    if (record.k === 'c') this.index.add(this.interner.intern(record.s), ref);
    else if (record.k === 'u') {
      const entry = this.index.get(record.id);
      if (entry) entry.summary = { ...entry.summary, forwarded: record.forwarded };
    } else if (record.k === 'd') this.index.remove(record.id);
  }

  private async dropDeadSegments(): Promise<void> {
    await this.journal.dropBefore(this.index.oldestLiveSegment() ?? this.journal.currentSegment);
  }

  /** Resolves once the capture is written; rejects (StorageUnavailableError) when it cannot be. */
  async add(input: NewCapture | Capture, body: Uint8Array): Promise<CaptureSummary> {
    const { summary, detail } = split(input);
    const record: JournalRecord = { k: 'c', s: summary };
    const ref = await this.journal.append(record, [Buffer.from(JSON.stringify(detail)), body]);
    // Serialized above already: interning (sharing equal values) may now touch it.
    this.index.add(this.interner.intern(summary), ref);
    const oldest = this.index.oldestLiveSegment();
    if (oldest !== undefined && oldest > (this.lowestKept ?? 0)) {
      this.lowestKept = oldest;
      void this.dropDeadSegments().catch(() => undefined);
    }
    return summary;
  }

  private lowestKept: number | undefined;

  async update(id: string, forwarded: Capture['forwarded']): Promise<CaptureSummary | undefined> {
    const entry = this.index.get(id);
    if (!entry) return undefined;
    await this.journal.append({ k: 'u', id, forwarded } satisfies JournalRecord);
    entry.summary = { ...entry.summary, forwarded };
    return entry.summary;
  }

  summary(id: string): CaptureSummary | undefined {
    return this.index.get(id)?.summary;
  }

  private async read(entry: IndexEntry): Promise<Capture> {
    const [detailBytes, body] = await Promise.all([this.journal.readBlob(entry, 0), this.journal.readBlob(entry, 1)]);
    const detail = JSON.parse(detailBytes.toString('utf8')) as CaptureDetail;
    const { verdict, response, ...summary } = entry.summary;
    return {
      ...summary,
      response: {
        ...response,
        ...(detail.answerHeaders ? { headers: detail.answerHeaders } : {}),
        ...(detail.answerBody !== undefined ? { body: detail.answerBody } : {}),
      },
      url: detail.url,
      query: detail.query,
      headers: detail.headers,
      remoteAddress: detail.remoteAddress,
      verdict: verdict ? { ...verdict, diagnosis: detail.diagnosis } : null,
      bodyBase64: body.toString('base64'),
    };
  }

  /** One capture with its headers and body, read from disk. */
  async get(id: string): Promise<Capture | undefined> {
    const entry = this.index.get(id);
    return entry ? this.read(entry) : undefined;
  }

  async delete(id: string): Promise<boolean> {
    if (!this.index.get(id)) return false;
    await this.journal.append({ k: 'd', id } satisfies JournalRecord);
    this.index.remove(id);
    return true;
  }

  async clear(): Promise<number> {
    const count = this.index.size;
    await this.journal.reset();
    this.index.clear();
    this.lowestKept = undefined;
    return count;
  }

  size(): number {
    return this.index.size;
  }

  async list(filter: CaptureFilter = {}): Promise<{ items: CaptureSummary[]; nextCursor: string | null; total: number }> {
    const q = filter.q?.toLowerCase();
    const method = filter.method?.toUpperCase();
    const matches = (c: CaptureSummary): boolean => {
      if (filter.channel && c.channel !== filter.channel) return false;
      if (method && c.method !== method) return false;
      if (filter.path && !c.path.includes(filter.path)) return false;
      if (filter.status !== undefined && c.response.status !== filter.status) return false;
      if (filter.verdict) {
        const kind = c.verdict === null ? 'unsigned' : c.verdict.ok ? 'ok' : 'failed';
        if (kind !== filter.verdict) return false;
      }
      return true;
    };
    const limit = Math.max(1, Math.min(filter.limit ?? 100, 100_000));
    const unfiltered = !q && !filter.channel && !method && !filter.path && filter.status === undefined && !filter.verdict;
    const items: CaptureSummary[] = [];
    let total = 0;
    let more = false;
    // Without a filter the total is the ring's size and the walk stops at one page.
    for (const entry of this.index.newestFirst(filter.cursor)) {
      if (!matches(entry.summary)) continue;
      if (q && !(await this.contains(entry, q))) continue;
      total++;
      if (items.length < limit) items.push(entry.summary);
      else {
        more = true;
        if (unfiltered) break;
      }
    }
    if (unfiltered) total = this.index.size;
    return { items, nextCursor: more ? (items.at(-1)?.id ?? null) : null, total };
  }

  private async contains(entry: IndexEntry, q: string): Promise<boolean> {
    const c = await this.read(entry);
    const haystack = `${c.method} ${c.path} ${c.headers.map(([n, v]) => `${n}: ${v}`).join('\n')} ${Buffer.from(c.bodyBase64, 'base64').toString('utf8')}`;
    return haystack.toLowerCase().includes(q);
  }

  async export(): Promise<{ format: string; version: 1; exportedAt: string; captures: Capture[] }> {
    const captures: Capture[] = [];
    for (const entry of [...this.index.oldestFirst()]) captures.push(await this.read(entry));
    return { format: EXPORT_FORMAT, version: 1, exportedAt: new Date().toISOString(), captures };
  }

  /** Adds captures from an export; every entry is checked first (deeply) and a bad one is named. */
  async import(data: unknown): Promise<number> {
    const entries = parseCaptureExport(data);
    let added = 0;
    for (const c of entries) {
      if (this.index.get(c.id)) continue;
      await this.add(c, Buffer.from(c.bodyBase64, 'base64'));
      added++;
    }
    return added;
  }
}
