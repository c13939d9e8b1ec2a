import { decodeForm, type FormDecode } from '../shared/form-encoding.js';
import type { ProfileDefinition } from '../types.js';

/**
 * A form-encoded body for a profile that takes them (`bodyFormats: ['form']`), decoded with
 * bracket notation; undefined when the request is not one (JSON handling applies).
 */
export function formBody(
  profile: ProfileDefinition<any>,
  headers: Readonly<Record<string, string>>,
  rawBody: Uint8Array,
): FormDecode | undefined {
  if (!profile.bodyFormats?.includes('form')) return undefined;
  const type = (headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') return undefined;
  return decodeForm(Buffer.from(rawBody).toString('utf8'));
}
