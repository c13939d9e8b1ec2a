import type { Diagnosis } from '../signing/types.js';

export interface CaptureVerdict {
  ok: boolean;
  code: string;
  message: string;
  /** The scheme the request was verified with (configured on the channel, or detected). */
  scheme: string | null;
  /** Which secret matched, by label ("Signa endpoint whk_… (current secret)"). */
  matched: string | null;
  diagnosis: Diagnosis | null;
}

/** One captured request, exactly as received. JSON-safe: it is persisted with lowdb. */
export interface Capture {
  id: string;
  channel: string;
  method: string;
  /** The sub-path after `/in/<channel>`, '' when none. */
  path: string;
  /** The full URL as received (Host header and path). */
  url: string;
  /** The raw query string without `?`, '' when none. */
  query: string;
  /** In arrival order, duplicates kept, names as sent. */
  headers: Array<[string, string]>;
  remoteAddress: string | null;
  receivedAt: string;
  size: number;
  contentType: string | null;
  bodyBase64: string;
  /** null: no known signature header (unsigned). */
  verdict: CaptureVerdict | null;
  /** What hookyard answered. */
  response: { status: number };
  /** Set by `hookyard listen --forward-to` and by replays. */
  forwarded?: { url: string; status?: number; error?: string; at: string } | null;
}

export type CaptureSummary = Omit<Capture, 'bodyBase64' | 'headers' | 'url' | 'query' | 'remoteAddress'>;

export function summarize(capture: Capture): CaptureSummary {
  const { bodyBase64: _b, headers: _h, url: _u, query: _q, remoteAddress: _r, ...summary } = capture;
  return summary;
}
