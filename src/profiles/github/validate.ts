/** Validation of hook and hook-config bodies, answered as GitHub's 422 Validation Failed. */
import type { DeployEnv } from '../types.js';
import { describeType, isPlainObject } from '../shared/json-values.js';
import { checkDestinationUrl } from '../shared/url-rules.js';
import { badRequest, validationFailed } from './errors.js';
import { GITHUB_HOOK_EVENTS } from './events.js';
import type { GithubHookConfig } from './state.js';
import { bodyObject as kitBodyObject } from '../kit/index.js';

const known = new Set(GITHUB_HOOK_EVENTS);

export function bodyObject(body: unknown): Record<string, unknown> {
  return kitBodyObject(body, (got) => badRequest(`Problems parsing JSON: the body must be a JSON object, got ${got}`));
}

export function validateName(value: unknown, required: boolean): 'web' {
  if (value === undefined && !required) return 'web';
  if (value !== 'web')
    throw validationFailed([
      {
        resource: 'Hook',
        code: value === undefined ? 'missing_field' : 'invalid',
        field: 'name',
        message: 'name must be "web" (the only service hooks take)',
      },
    ]);
  return 'web';
}

/** A whole config (create, PATCH hook) or changes to one (PATCH …/config). */
export function validateConfig(value: unknown, env: DeployEnv, base?: GithubHookConfig): GithubHookConfig {
  if (!isPlainObject(value))
    throw validationFailed([
      { resource: 'Hook', code: 'invalid', field: 'config', message: `config must be an object, got ${describeType(value)}` },
    ]);
  const url = value.url ?? base?.url;
  if (url === undefined || url === '')
    throw validationFailed([{ resource: 'Hook', code: 'custom', field: 'config.url', message: 'Config must contain url' }]);
  const config: GithubHookConfig = {
    url: validateUrl(url, env),
    content_type: contentType(value.content_type ?? base?.content_type ?? 'form'),
    insecure_ssl: insecureSsl(value.insecure_ssl ?? base?.insecure_ssl ?? '0'),
  };
  const secret = value.secret === undefined ? base?.secret : value.secret;
  if (secret !== undefined && secret !== null && secret !== '') {
    if (typeof secret !== 'string')
      throw validationFailed([
        { resource: 'Hook', code: 'invalid', field: 'config.secret', message: `secret must be a string, got ${describeType(secret)}` },
      ]);
    config.secret = secret;
  }
  return config;
}

function validateUrl(value: unknown, env: DeployEnv): string {
  const verdict = checkDestinationUrl(value, { env, httpsInProduction: false, publicHostInProduction: true });
  if (verdict.ok) return value as string;
  const host = typeof value === 'string' && URL.canParse(value) ? new URL(value).hostname : '';
  const message =
    verdict.problem === 'private_host'
      ? `Sorry, the URL host ${host} is not supported because it isn't reachable over the public Internet`
      : `Invalid url: ${verdict.message}`;
  throw validationFailed([{ resource: 'Hook', code: 'custom', field: 'config.url', message }]);
}

function contentType(value: unknown): 'json' | 'form' {
  if (value === 'json' || value === 'form') return value;
  throw validationFailed([
    {
      resource: 'Hook',
      code: 'invalid',
      field: 'config.content_type',
      message: `content_type must be "json" or "form", got ${JSON.stringify(value)}`,
    },
  ]);
}

function insecureSsl(value: unknown): '0' | '1' {
  if (value === '0' || value === 0) return '0';
  if (value === '1' || value === 1) return '1';
  throw validationFailed([
    {
      resource: 'Hook',
      code: 'invalid',
      field: 'config.insecure_ssl',
      message: `insecure_ssl must be "0" or "1", got ${JSON.stringify(value)}`,
    },
  ]);
}

export function validateEvents(value: unknown, field = 'events'): string[] {
  if (!Array.isArray(value))
    throw validationFailed([
      { resource: 'Hook', code: 'invalid', field, message: `${field} must be an array of event names, got ${describeType(value)}` },
    ]);
  for (const event of value) {
    if (typeof event !== 'string' || (event !== '*' && !known.has(event))) {
      throw validationFailed([{ resource: 'Hook', code: 'invalid', field, message: `${JSON.stringify(event)} is not a valid event name` }]);
    }
  }
  return [...new Set(value as string[])];
}

export function validateActive(value: unknown): boolean {
  if (typeof value !== 'boolean')
    throw validationFailed([
      { resource: 'Hook', code: 'invalid', field: 'active', message: `active must be a boolean, got ${describeType(value)}` },
    ]);
  return value;
}
