import type { EndpointSummary, ProfileDefinition } from '../profiles/types.js';
import { sign } from '../signing/index.js';
import type { EventMeta } from './delivery-types.js';

const USER_AGENT = 'hookyard-webhooks/0.1';

export interface AttemptRequest {
  url: string;
  headers: Record<string, string>;
  /** The bytes that are signed and sent. */
  body: Uint8Array;
  /** The same body as text, for the attempt record. */
  text: string;
}

/**
 * The request of one attempt, signed afresh with the endpoint's secrets as they are now (a
 * rotation grace adds the old secret, a provider that drops it at once signs with the new only).
 */
export function attemptRequest(
  profile: ProfileDefinition<any>,
  state: unknown,
  endpoint: EndpointSummary,
  event: EventMeta,
  eventBody: string,
  now: number,
): AttemptRequest {
  const encoded = profile.delivery?.encodeBody?.(state, endpoint.id, eventBody) ?? {
    contentType: 'application/json',
    body: eventBody,
    headers: {},
  };
  const body = new TextEncoder().encode(encoded.body);
  const secrets = profile.signingSecrets(state, endpoint.id, now);
  const signed = secrets.length > 0 ? sign(profile.deliveryScheme, { body, secrets, id: event.id, now, url: endpoint.url }) : {};
  const providerHeaders = profile.delivery?.headers?.({ id: event.id, type: event.type }, { endpointId: endpoint.id, state });
  const headers: Record<string, string> = {
    'content-type': encoded.contentType,
    'user-agent': USER_AGENT,
    ...providerHeaders,
    ...encoded.headers,
    ...signed,
  };
  return { url: endpoint.url, headers, body, text: encoded.body };
}
