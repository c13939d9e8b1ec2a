import type { EndpointSummary } from '../../src/profiles/types.js';
import type { Capture, CaptureSummary as ServerCaptureSummary, CaptureVerdict } from '../../src/capture/capture-types.js';
import type { AttemptRecord, DeliveryRecord, FullDeliveryRecord } from '../../src/delivery/delivery-types.js';

/** The control API client (`/_yard/api`), shared by every view. */
export interface ApiError {
  error: { code: string; message: string };
}

export class ControlApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly body?: unknown,
  ) {
    super(message);
  }
}

async function request<T>(method: string, path: string, body?: unknown, raw?: string): Promise<T> {
  const response = await fetch(`/_yard/api${path}`, {
    method,
    headers: body === undefined && raw === undefined ? {} : { 'content-type': 'application/json' },
    body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
  });
  const text = await response.text();
  const json = text ? (JSON.parse(text) as unknown) : undefined;
  if (!response.ok) {
    const err = (json as ApiError | undefined)?.error;
    throw new ControlApiError(
      response.status,
      err?.code ?? 'http_error',
      err?.message ?? `${method} ${path} answered ${response.status}`,
      json,
    );
  }
  return json as T;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  del: <T>(path: string) => request<T>('DELETE', path),
  /** POSTs JSON text as it is (an imported file). */
  postText: <T>(path: string, text: string) => request<T>('POST', path, undefined, text),
  text: async (path: string): Promise<string> => {
    const response = await fetch(`/_yard/api${path}`);
    if (!response.ok) throw new ControlApiError(response.status, 'http_error', `${path} answered ${response.status}`);
    return response.text();
  },
};

export type VerdictView = CaptureVerdict;

export type CaptureSummary = ServerCaptureSummary;
export type CaptureDetail = Capture;

export interface ProfileView {
  id: string;
  title: string;
  mount: string;
  apiKeys: Array<{ key: string; scopes?: string[] }>;
  events: string[];
  testEvent: string;
  deliveryScheme: string;
}

/** The control API's neutral endpoint shape, shared with the server (type only: nothing is bundled). */
export type EndpointView = EndpointSummary;

export type AttemptView = AttemptRecord;
export type DeliveryView = FullDeliveryRecord;
/** A delivery as fire / test / retry answer it: attempts without bodies. */
export type DeliveryMetaView = DeliveryRecord;

export interface TimelineEntry {
  kind: 'capture' | 'attempt' | 'api' | 'endpoint' | 'secret' | 'replay';
  at: string;
  summary: string;
  ok?: boolean;
  ref?: string;
}

export interface RevealedSecret {
  profile: string;
  endpointId: string;
  secret: string;
  previous: string[];
  scheme: string;
}

export interface ReplayAnswer {
  url: string;
  status: number;
  durationMs: number;
  method: string;
  headers: Record<string, string>;
  body: string;
  resigned: string | null;
}

/** The provider's own error message inside a `provider_error` answer, wherever its envelope puts it. */
function providerMessage(value: unknown, depth = 0): string | null {
  if (!value || typeof value !== 'object' || depth > 4) return null;
  for (const [key, v] of Object.entries(value)) {
    if ((key === 'message' || key === 'detail' || key === 'error_description') && typeof v === 'string' && v) return v;
  }
  for (const v of Object.values(value)) {
    const found = providerMessage(v, depth + 1);
    if (found) return found;
  }
  return null;
}

const FIELD_WORDS: Record<string, string> = {
  url: 'the URL',
  type: 'the event type',
  events: 'the event list',
  endpointId: 'the endpoint',
  merge: 'the JSON to merge',
  body: 'the body',
  headerList: 'the headers',
  headers: 'the headers',
  method: 'the method',
  resign: 'the re-sign settings',
  profile: 'the profile',
  name: 'the name',
  secrets: 'the secrets',
  scheme: 'the scheme',
  status: 'the status',
};

/**
 * An error in words for a person: the control API names fields for API callers (`"url" is
 * required`, `Give "url": …`, a provider's envelope); the inspector says what to do in its own terms.
 */
export function humanError(error: unknown, action: string): string {
  if (!(error instanceof ControlApiError)) {
    const message = (error as Error)?.message ?? String(error);
    return /fetch|network/i.test(message)
      ? `${action} failed: the workbench is not reachable (is it still running?)`
      : `${action} failed: ${message}`;
  }
  let message = error.message;
  if (error.code === 'provider_error') message = providerMessage((error.body as { response?: unknown } | undefined)?.response) ?? message;
  message = message
    .replace(/^Give "url": where to replay the capture/, 'Enter the URL to send to')
    .replace(/^"([A-Za-z]+)(?:\[\d+\])?(?:\.[^"]*)?":? /, (_m, field: string) => `${FIELD_WORDS[field] ?? field} `)
    .replace(/\s*\(no `hookyard listen --forward-to` target is set\)/, '')
    .replace(/`/g, '');
  if (/^[{[]/.test(message)) message = `the workbench answered ${error.status}`;
  message = message.replace(/\.$/, '');
  if (/^[A-Z][a-z]/.test(message)) message = `${message.charAt(0).toLowerCase()}${message.slice(1)}`;
  return `${action} failed: ${message}`;
}
