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
  /** What hookyard answered (headers, body and delay are recorded since the inspector shows them). */
  response: CaptureResponse;
  /** Set by `hookyard listen --forward-to` and by replays: the latest one, with the history. */
  forwarded?: ForwardRecord | null;
}

export interface ForwardRecord {
  url: string;
  status?: number;
  error?: string;
  at: string;
  via?: ReplayVia;
  /** Every replay and forward of this capture, oldest first (the newest 20). */
  history?: ReplayRecord[];
}

export interface CaptureResponse {
  status: number;
  headers?: Record<string, string>;
  /** The answer body as text (hookyard's own answers are small). */
  body?: string;
  delayMs?: number;
}

export type ReplayVia = 'inspector' | 'listen' | 'api';

/** One replay or forward: what went out and what came back. */
export interface ReplayRecord {
  at: string;
  via: ReplayVia;
  url: string;
  method: string;
  /** Headers or body changed from the captured ones. */
  edited: boolean;
  /** The scheme it was re-signed with, or null. */
  resigned: string | null;
  status: number | null;
  durationMs: number;
  error?: string;
  responseHeaders?: Record<string, string>;
  /** The first 1 KiB of the answer. */
  responseBody?: string;
}

/** A capture as it arrives: its body travels beside it as bytes. */
export type NewCapture = Omit<Capture, 'bodyBase64'>;

export type CaptureSummary = Omit<Capture, 'bodyBase64' | 'headers' | 'url' | 'query' | 'remoteAddress'>;

/** What the live stream carries of a capture: metadata only (no answer body, no replay history). */
export function streamSummary(summary: CaptureSummary): CaptureSummary {
  const { forwarded, ...rest } = summary;
  const { history: _h, ...last } = forwarded ?? {};
  return { ...rest, response: { status: summary.response.status }, ...(forwarded ? { forwarded: last as ForwardRecord } : {}) };
}
