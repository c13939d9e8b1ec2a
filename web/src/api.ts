import type { EndpointSummary } from '../../src/profiles/types.js';
import type { Capture, CaptureSummary as ServerCaptureSummary, CaptureVerdict } from '../../src/capture/capture-types.js';
import type { AttemptRecord, FullDeliveryRecord } from '../../src/delivery/delivery-types.js';

/** The control API client (`/_yard/api`), shared by every view. */
export interface ApiError {
  error: { code: string; message: string };
}

export class ControlApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`/_yard/api${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const json = text ? (JSON.parse(text) as unknown) : undefined;
  if (!response.ok) {
    const err = (json as ApiError | undefined)?.error;
    throw new ControlApiError(response.status, err?.code ?? 'http_error', err?.message ?? `${method} ${path} answered ${response.status}`);
  }
  return json as T;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  del: <T>(path: string) => request<T>('DELETE', path),
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
/** The control API answers deliveries with their attempts in full (bodies read back). */
export type DeliveryView = FullDeliveryRecord;

export interface TimelineEntry {
  kind: 'capture' | 'attempt' | 'api' | 'endpoint';
  at: string;
  summary: string;
  ok?: boolean;
  ref?: string;
}
