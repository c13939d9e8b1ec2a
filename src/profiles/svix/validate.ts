/** Field checks for Svix bodies, answered as 422 with `loc` naming the field. */
import type { DeployEnv } from '../types.js';
import { describeType, isPlainObject } from '../shared/json-values.js';
import { checkDestinationUrl } from '../shared/url-rules.js';
import { invalid } from './errors.js';
import { bodyObject as kitBodyObject } from '../kit/index.js';

const NAME_PATTERN = /^[a-zA-Z0-9\-_.]+$/;

export function bodyObject(body: unknown): Record<string, unknown> {
  return kitBodyObject(body, (got) => invalid('', `the body must be a JSON object, got ${got}`), { required: true });
}

export function requiredString(b: Record<string, unknown>, field: string, max = 256): string {
  const value = b[field];
  if (value === undefined || value === null) throw invalid(field, 'field required');
  return stringField(value, field, max);
}

export function stringField(value: unknown, field: string, max = 256): string {
  if (typeof value !== 'string') throw invalid(field, `str type expected, got ${describeType(value)}`);
  if (value.length > max) throw invalid(field, `ensure this value has at most ${max} characters`);
  return value;
}

export function optionalString(value: unknown, field: string, max = 256): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  return stringField(value, field, max);
}

/** A uid / event type / channel: letters, digits, `-`, `_`, `.`. */
export function nameField(value: unknown, field: string, max: number): string {
  const text = stringField(value, field, max);
  if (text.length === 0 || !NAME_PATTERN.test(text)) throw invalid(field, `string does not match regex "${NAME_PATTERN.source}"`);
  return text;
}

export function nameList(value: unknown, field: string, maxItems: number, maxLength: number): string[] | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  if (!Array.isArray(value)) throw invalid(field, `value is not a valid list, got ${describeType(value)}`);
  if (value.length === 0) throw invalid(field, 'ensure this value has at least 1 items');
  if (value.length > maxItems) throw invalid(field, `ensure this value has at most ${maxItems} items`);
  return [...new Set(value.map((v, i) => nameField(v, `${field}.${i}`, maxLength)))];
}

export function booleanField(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') throw invalid(field, `value could not be parsed to a boolean, got ${describeType(value)}`);
  return value;
}

export function positiveInt(value: unknown, field: string): number {
  if (!Number.isInteger(value) || (value as number) < 1) throw invalid(field, 'ensure this value is greater than or equal to 1');
  return value as number;
}

export function metadataField(value: unknown): Record<string, string> {
  if (!isPlainObject(value)) throw invalid('metadata', `value is not a valid dict, got ${describeType(value)}`);
  for (const [k, v] of Object.entries(value)) if (typeof v !== 'string') throw invalid(`metadata.${k}`, 'str type expected');
  return { ...(value as Record<string, string>) };
}

export function urlField(value: unknown, env: DeployEnv): string {
  const text = stringField(value, 'url', 65536);
  const verdict = checkDestinationUrl(text, { env, httpsInProduction: true, publicHostInProduction: true });
  if (!verdict.ok)
    throw invalid(
      'url',
      verdict.problem === 'https_required'
        ? 'URL scheme must be https'
        : verdict.problem === 'private_host'
          ? 'URL must be publicly reachable'
          : 'invalid or missing URL scheme',
    );
  return text;
}

/** `whsec_` + base64 of 24 to 64 bytes (what the svix verifier and hookyard's signer take). */
export function secretField(value: unknown, field = 'secret'): string {
  const text = stringField(value, field, 200);
  const body = text.startsWith('whsec_') ? text.slice(6) : '';
  const bytes = /^[A-Za-z0-9+/]+={0,2}$/.test(body) ? Buffer.from(body, 'base64').length : 0;
  if (bytes < 24 || bytes > 64) throw invalid(field, 'string does not match regex "^(whsec_)?[a-zA-Z0-9+/=]{32,100}$"');
  return text;
}
