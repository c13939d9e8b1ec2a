/** Validation of PipAI webhook bodies, per the seed's request table. */
import type { DeployEnv } from '../types.js';
import { checkDestinationUrl } from '../shared/url-rules.js';
import { describeType, isPlainObject } from '../shared/json-values.js';
import { invalidParameter } from './errors.js';
import { describeValue } from '../../guard/index.js';

export const PIPAI_EVENTS = [
  'strategy.deployed',
  'strategy.position_opened',
  'strategy.error',
  'backtest.job_done',
  'account.balance_low',
] as const;
export const PIPAI_WILDCARDS = ['strategy.*', 'backtest.*', 'account.*', '*'] as const;
export const PIPAI_TEST_EVENT = 'webhook.test';
const DESCRIPTION_MAX = 200;

export interface PipaiInput {
  url?: string;
  events?: string[];
  description?: string | null;
  balance_low_threshold?: string;
  status?: 'active' | 'paused';
}

function body(value: unknown): Record<string, unknown> {
  if (value === undefined) return {};
  if (!isPlainObject(value)) throw invalidParameter(`The request body must be a JSON object, got ${describeType(value)}.`, 'body');
  return value;
}

function url(value: unknown, env: DeployEnv): string {
  if (value === undefined || value === null || value === '')
    throw invalidParameter('url is missing: give the https:// URL that receives deliveries.', 'url');
  // PipAI is https-only; --env sandbox relaxes exactly that (the sandbox environment accepts http for local apps).
  const verdict = checkDestinationUrl(value, { env, maxLength: 2048, httpsInProduction: true, publicHostInProduction: true });
  if (!verdict.ok) throw invalidParameter(`url ${verdict.message.replace(/^url /, '')}.`, 'url');
  return value as string;
}

function events(value: unknown): string[] {
  if (!Array.isArray(value) || value.length === 0)
    throw invalidParameter(
      `events must be a non-empty array of event types or wildcards (${[...PIPAI_EVENTS, ...PIPAI_WILDCARDS].join(', ')}), got ${describeType(value)}.`,
      'events',
    );
  for (const entry of value) {
    if (
      typeof entry !== 'string' ||
      (!(PIPAI_EVENTS as readonly string[]).includes(entry) && !(PIPAI_WILDCARDS as readonly string[]).includes(entry))
    ) {
      throw invalidParameter(
        `events contains an unknown type ${describeValue(entry)}; use one of ${[...PIPAI_EVENTS, ...PIPAI_WILDCARDS].join(', ')}.`,
        'events',
      );
    }
  }
  return value as string[];
}

function description(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw invalidParameter(`description must be a string, got ${describeType(value)}.`, 'description');
  if (value.length > DESCRIPTION_MAX)
    throw invalidParameter(`description exceeds ${DESCRIPTION_MAX} characters (got ${value.length}).`, 'description');
  return value;
}

function threshold(value: unknown): string {
  if (typeof value !== 'string' || !/^\d+(\.\d+)?$/.test(value) || Number(value) <= 0) {
    throw invalidParameter(
      `balance_low_threshold must be a positive decimal string such as "100.50", got ${describeValue(value)}.`,
      'balance_low_threshold',
    );
  }
  return value;
}

export function validateCreate(raw: unknown, env: DeployEnv): Required<Pick<PipaiInput, 'url' | 'events'>> & PipaiInput {
  const b = body(raw);
  const input = { url: url(b.url, env), events: events(b.events), description: description(b.description) } as Required<
    Pick<PipaiInput, 'url' | 'events'>
  > &
    PipaiInput;
  if (input.events.includes('account.balance_low')) {
    if (b.balance_low_threshold === undefined)
      throw invalidParameter('balance_low_threshold is required when events includes account.balance_low.', 'balance_low_threshold');
    input.balance_low_threshold = threshold(b.balance_low_threshold);
  }
  return input;
}

export function validateUpdate(raw: unknown, env: DeployEnv, current: { events: string[]; balance_low_threshold?: string }): PipaiInput {
  const b = body(raw);
  const input: PipaiInput = {};
  if (b.url !== undefined) input.url = url(b.url, env);
  if (b.events !== undefined) input.events = events(b.events);
  if (b.description !== undefined) input.description = description(b.description);
  if (b.status !== undefined) {
    if (b.status !== 'active' && b.status !== 'paused')
      throw invalidParameter(
        `status can be set to "active" or "paused" (broken is set by the delivery system), got ${describeValue(b.status)}.`,
        'status',
      );
    input.status = b.status;
  }
  const eventsAfter = input.events ?? current.events;
  if (eventsAfter.includes('account.balance_low')) {
    if (b.balance_low_threshold !== undefined) input.balance_low_threshold = threshold(b.balance_low_threshold);
    // Checked here, before the handler changes anything: a rejected update leaves the webhook as it was.
    else if (current.balance_low_threshold === undefined)
      throw invalidParameter('balance_low_threshold is required when events includes account.balance_low.', 'balance_low_threshold');
  }
  return input;
}
