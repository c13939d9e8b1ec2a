/** Validation of `POST /v1/webhook_endpoints` and `POST /v1/webhook_endpoints/:id`. */
import type { DeployEnv } from '../types.js';
import { checkDestinationUrl } from '../shared/url-rules.js';
import { stripeCodes, stripeErrors } from './errors.js';
import { STRIPE_EVENT_TYPES } from './event-types.js';
import { booleanParam, emptyableString, expandParam, metadataParam, params, requireParam, stringList, stringParam } from './params.js';

const URL_MAX = 5000;
const DESCRIPTION_MAX = 5000;
const subscribable = new Set(STRIPE_EVENT_TYPES);

export interface StripeEndpointInput {
  url?: string;
  enabled_events?: string[];
  description?: string | null;
  metadata?: Record<string, string | null> | 'clear';
  api_version?: string;
  disabled?: boolean;
}

export function validateCreate(body: unknown, env: DeployEnv): StripeEndpointInput & { url: string; enabled_events: string[] } {
  const b = params(body, ['url', 'enabled_events', 'description', 'metadata', 'api_version', 'connect', 'expand']);
  const url = validateUrl(requireParam(b, 'url'), env);
  const enabled_events = validateEvents(requireParam(b, 'enabled_events'));
  const input: StripeEndpointInput & { url: string; enabled_events: string[] } = { url, enabled_events };
  if (b.description !== undefined) input.description = emptyableString(b.description, 'description', DESCRIPTION_MAX);
  if (b.metadata !== undefined) input.metadata = metadataParam(b.metadata);
  if (b.api_version !== undefined) input.api_version = validateApiVersion(b.api_version);
  if (b.connect !== undefined) booleanParam(b.connect, 'connect');
  expandParam(b.expand);
  return input;
}

export function validateUpdate(body: unknown, env: DeployEnv): StripeEndpointInput {
  const b = params(body, ['url', 'enabled_events', 'description', 'metadata', 'disabled', 'expand']);
  const input: StripeEndpointInput = {};
  if (b.url !== undefined) input.url = validateUrl(b.url, env);
  if (b.enabled_events !== undefined) input.enabled_events = validateEvents(b.enabled_events);
  if (b.description !== undefined) input.description = emptyableString(b.description, 'description', DESCRIPTION_MAX);
  if (b.metadata !== undefined) input.metadata = metadataParam(b.metadata);
  if (b.disabled !== undefined) input.disabled = booleanParam(b.disabled, 'disabled');
  expandParam(b.expand);
  return input;
}

/** Test mode (sandbox) takes http:// and local hosts; live mode (production) wants public https. */
function validateUrl(value: unknown, env: DeployEnv): string {
  const text = stringParam(value, 'url', URL_MAX);
  const verdict = checkDestinationUrl(text, { env, maxLength: URL_MAX, httpsInProduction: true, publicHostInProduction: true });
  if (verdict.ok) return text;
  const reason =
    verdict.problem === 'https_required'
      ? 'URLs must use HTTPS in live mode'
      : verdict.problem === 'private_host'
        ? 'URL must be publicly accessible. Consider using a tool like the Stripe CLI to test webhooks locally'
        : verdict.message;
  throw stripeErrors.error(400, stripeCodes.urlInvalid, `Invalid URL: ${reason}.`, 'url');
}

function validateEvents(value: unknown): string[] {
  const events = stringList(value, 'enabled_events');
  if (events.length === 0)
    throw stripeErrors.error(
      400,
      stripeCodes.parameterInvalidEmpty,
      'Invalid enabled_events: must contain at least one event type.',
      'enabled_events',
    );
  events.forEach((event, i) => {
    if (event !== '*' && !subscribable.has(event)) {
      throw stripeErrors.error(
        400,
        stripeCodes.invalidRequest,
        `Invalid enabled_events[${i}]: must be one of *, ${STRIPE_EVENT_TYPES.slice(0, 3).join(', ')}, … (${STRIPE_EVENT_TYPES.length} Stripe event types); got ${event}`,
        `enabled_events[${i}]`,
      );
    }
  });
  return [...new Set(events)];
}

function validateApiVersion(value: unknown): string {
  const text = stringParam(value, 'api_version', 40);
  if (!/^\d{4}-\d{2}-\d{2}(\.[a-z]+)?$/.test(text))
    throw stripeErrors.error(
      400,
      stripeCodes.invalidRequest,
      `Invalid api_version: ${text} is not a Stripe API version (e.g. 2026-10-28.endive).`,
      'api_version',
    );
  return text;
}
