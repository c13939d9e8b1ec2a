/** Validation of Alerting request bodies. Unknown fields are ignored. */
import type { DeployEnv } from '../types.js';
import { checkDestinationUrl } from '../shared/url-rules.js';
import { describeType } from '../shared/json-values.js';
import { alertingCodes, alertingErrors, invalidArgument } from './errors.js';
import { bodyObject as kitBodyObject } from '../kit/index.js';

const NAME_MAX = 255;
const URL_MAX = 2048;
const SECRET_MAX = 256;

export interface AlertingCreateInput {
  name: string;
  url: string;
  signingEnabled: boolean;
  /** null = generate one (the field was empty or absent). */
  signingSecret: string | null;
}

export type AlertingUpdateInput = Partial<AlertingCreateInput>;

export function bodyObject(body: unknown): Record<string, unknown> {
  return kitBodyObject(body, (got) =>
    alertingErrors.error(400, alertingCodes.invalidArgument, `The request body must be a JSON object, got ${got}.`),
  );
}

export function validateCreate(body: unknown, env: DeployEnv): AlertingCreateInput {
  const b = bodyObject(body);
  if (b.name === undefined) throw invalidArgument('name', 'name is required: a human-readable name such as "Slack Webhook".');
  if (b.url === undefined) throw invalidArgument('url', 'url is required: the target URL for webhook delivery.');
  if (b.signingEnabled === undefined)
    throw invalidArgument('signingEnabled', 'signingEnabled is required: true to sign deliveries with HMAC, false otherwise.');
  return {
    name: validateName(b.name),
    url: validateUrl(b.url, env),
    signingEnabled: validateSigningEnabled(b.signingEnabled),
    signingSecret: validateSecret(b.signingSecret),
  };
}

export function validateUpdate(body: unknown, env: DeployEnv): AlertingUpdateInput {
  const b = bodyObject(body);
  const input: AlertingUpdateInput = {};
  if (b.name !== undefined) input.name = validateName(b.name);
  if (b.url !== undefined) input.url = validateUrl(b.url, env);
  if (b.signingEnabled !== undefined) input.signingEnabled = validateSigningEnabled(b.signingEnabled);
  const secret = validateSecret(b.signingSecret);
  if (secret !== null) input.signingSecret = secret;
  return input;
}

/** `signingSecret` when present and non-empty; null (= generate / keep) for absent, null or "". */
export function validateSecret(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string')
    throw invalidArgument('signingSecret', `signingSecret must be a string (or empty to auto-generate), got ${describeType(value)}.`);
  if (value.length > SECRET_MAX)
    throw invalidArgument('signingSecret', `signingSecret is ${value.length} characters long; the maximum is ${SECRET_MAX}.`);
  return value;
}

function validateName(value: unknown): string {
  if (typeof value !== 'string') throw invalidArgument('name', `name must be a string, got ${describeType(value)}.`);
  if (value.trim() === '') throw invalidArgument('name', 'name must not be empty.');
  if (value.length > NAME_MAX) throw invalidArgument('name', `name is ${value.length} characters long; the maximum is ${NAME_MAX}.`);
  return value;
}

function validateUrl(value: unknown, env: DeployEnv): string {
  const verdict = checkDestinationUrl(value, { env, maxLength: URL_MAX, httpsInProduction: true, publicHostInProduction: true });
  if (verdict.ok) return value as string;
  throw invalidArgument('url', `${verdict.message}.`);
}

function validateSigningEnabled(value: unknown): boolean {
  if (typeof value !== 'boolean')
    throw invalidArgument('signingEnabled', `signingEnabled must be a boolean (true or false), got ${describeType(value)}.`);
  return value;
}
