import { createHash } from 'node:crypto';
import type { SchemeSpec, SignInput } from './types.js';
import { sign } from './sign.js';
import { requestUrl } from './engine/sign.js';

/** What varies per request; everything else comes from the preset's `request` data. */
export interface ProviderRequestInput extends Omit<SignInput, 'url'> {
  url: string;
  /** The event type (GitHub `X-GitHub-Event`, Shopify `X-Shopify-Topic`). */
  event?: string;
  /** 1 for the first delivery; higher adds the provider's retry headers. */
  attempt?: number;
  /** A sample's own content type (Slack commands are form-encoded). */
  contentType?: string;
  /** Headers that win over the preset's (a sample's, the user's `--header`). */
  headers?: Readonly<Record<string, string>>;
  /** Unix ms; fills `{now.*}` and the signature timestamp. */
  now: number;
}

export interface ProviderRequest {
  method: string;
  /** Where to send it: Twilio JSON adds `bodySHA256` to the URL it signs. */
  url: string;
  headers: Record<string, string>;
}

/** A GUID derived from any id, so a redelivery carries the same one (GitHub's X-GitHub-Delivery). */
export function guidFrom(id: string): string {
  const hex = createHash('sha256').update(id).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The message id in the provider's shape. */
function providerId(scheme: SchemeSpec, id: string): string {
  return scheme.request?.idFormat === 'uuid' && !/^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(id) ? guidFrom(id) : id;
}

function fill(template: string, values: { event?: string; id: string; attempt: number; now: number }): string {
  return template.replace(/\{(event|id|uuid|retry|now\.iso|now\.unix|hex:(\d+))\}/g, (match, key: string, size?: string) => {
    if (key === 'event') return values.event ?? '';
    if (key === 'id') return values.id;
    if (key === 'uuid') return guidFrom(values.id);
    if (key === 'retry') return String(values.attempt - 1);
    if (key === 'now.iso') return new Date(values.now).toISOString();
    if (key === 'now.unix') return String(Math.floor(values.now / 1000));
    if (size) return createHash('sha256').update(`hex:${values.id}`).digest('hex').slice(0, Number(size));
    return match;
  });
}

/** The event type named by the body (`type`, `topic` …), when the preset says where it sits. */
export function eventFromBody(scheme: SchemeSpec, body: Uint8Array | string): string | undefined {
  const field = scheme.request?.eventField;
  if (!field) return undefined;
  try {
    let value: unknown = JSON.parse(typeof body === 'string' ? body : Buffer.from(body).toString('utf8'));
    for (const part of field.split('.')) value = (value as Record<string, unknown> | null)?.[part];
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The headers the provider sends besides the signature (with `{…}` filled in). */
export function providerHeaders(
  scheme: SchemeSpec,
  values: { event?: string; id: string; attempt?: number; now: number },
): Record<string, string> {
  const spec = scheme.request;
  const attempt = values.attempt ?? 1;
  const out: Record<string, string> = {};
  const filled = { ...values, attempt };
  for (const [name, value] of Object.entries(spec?.headers ?? {})) {
    // An event header with no event to name is left out rather than sent empty.
    if (value.includes('{event}') && !values.event) continue;
    out[name] = fill(value, filled);
  }
  if (attempt > 1) for (const [name, value] of Object.entries(spec?.retryHeaders ?? {})) out[name] = fill(value, filled);
  return out;
}

/** Content type, provider headers and signature for one request, and the URL to send it to. */
export function providerRequest(scheme: SchemeSpec, input: ProviderRequestInput): ProviderRequest {
  const id = providerId(scheme, input.id ?? `evt_${createHash('sha256').update(input.body).digest('hex').slice(0, 24)}`);
  const url = requestUrl(scheme, input.url, input.body);
  const event = input.event ?? eventFromBody(scheme, input.body);
  const signed = sign(scheme, { ...input, id, url, method: input.method ?? 'POST' });
  const headers: Record<string, string> = {
    'content-type': input.contentType ?? scheme.request?.contentType ?? 'application/json',
    ...providerHeaders(scheme, { event, id, attempt: input.attempt, now: input.now }),
    ...input.headers,
    ...signed,
  };
  return { method: input.method ?? 'POST', url, headers };
}
