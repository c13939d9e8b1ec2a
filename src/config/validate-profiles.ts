import { closest } from '../cli/suggest.js';
import type { ChannelProblem } from './validate-channel.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrings = (v: unknown): boolean => Array.isArray(v) && v.every((s) => typeof s === 'string');

function apiKeyProblems(key: unknown, at: string): ChannelProblem[] {
  if (!isObject(key)) return [{ path: at, message: 'must be an object {"key", "scopes", "flags", "team", "apiSecret", "label"}' }];
  const problems: ChannelProblem[] = [];
  if (typeof key.key !== 'string' || key.key.length < 4) problems.push({ path: `${at}.key`, message: 'must be a string of at least 4 characters' });
  if (key.scopes !== undefined && !isStrings(key.scopes)) problems.push({ path: `${at}.scopes`, message: 'must be an array of scope names' });
  if (key.flags !== undefined && (!isObject(key.flags) || Object.values(key.flags).some((f) => typeof f !== 'boolean'))) problems.push({ path: `${at}.flags`, message: 'must map flag names to true or false' });
  for (const name of ['team', 'apiSecret', 'label']) if (key[name] !== undefined && typeof key[name] !== 'string') problems.push({ path: `${at}.${name}`, message: 'must be a string' });
  return problems;
}

function endpointProblems(entry: unknown, at: string): ChannelProblem[] {
  if (!isObject(entry)) return [{ path: at, message: 'must be an object {"id", "secret", "url", "events"} or {"id", "secret", "body"}' }];
  const problems: ChannelProblem[] = [];
  if (entry.body !== undefined && !isObject(entry.body)) problems.push({ path: `${at}.body`, message: 'must be the profile\'s own create body (an object)' });
  if (entry.body === undefined && (typeof entry.url !== 'string' || !isStrings(entry.events))) problems.push({ path: at, message: 'needs "url" (a string) and "events" (an array of event types), or the profile\'s own create body as "body"' });
  for (const name of ['id', 'secret', 'appId', 'description']) if (entry[name] !== undefined && typeof entry[name] !== 'string') problems.push({ path: `${at}.${name}`, message: 'must be a string' });
  return problems;
}

/**
 * Every problem of the config file's `profiles` (paths relative to it): unknown profile ids (when
 * the known ones are given), API keys and fixed endpoints of the wrong shape.
 */
export function profilesProblems(profiles: unknown, knownIds?: readonly string[]): ChannelProblem[] {
  if (!isObject(profiles)) return [{ path: '', message: 'must map profile ids to {"apiKeys": [...], "endpoints": [...]}' }];
  const problems: ChannelProblem[] = [];
  for (const [id, settings] of Object.entries(profiles)) {
    if (knownIds && !knownIds.includes(id)) {
      const hint = closest(id, knownIds);
      problems.push({ path: id, message: `is not a profile${hint ? `; did you mean "${hint}"?` : ''} (profiles: ${knownIds.join(', ')})` });
      continue;
    }
    if (!isObject(settings)) {
      problems.push({ path: id, message: 'must be an object {"apiKeys": [...], "endpoints": [...]}' });
      continue;
    }
    for (const key of Object.keys(settings)) {
      if (key !== 'apiKeys' && key !== 'endpoints') problems.push({ path: `${id}.${key}`, message: `is not a profile setting (apiKeys, endpoints)${closest(key, ['apiKeys', 'endpoints']) ? `; did you mean "${closest(key, ['apiKeys', 'endpoints'])}"?` : ''}` });
    }
    if (settings.apiKeys !== undefined) {
      if (!Array.isArray(settings.apiKeys)) problems.push({ path: `${id}.apiKeys`, message: 'must be an array of {"key", "scopes", "flags", ...}' });
      else settings.apiKeys.forEach((k, i) => problems.push(...apiKeyProblems(k, `${id}.apiKeys[${i}]`)));
    }
    if (settings.endpoints !== undefined) {
      if (!Array.isArray(settings.endpoints)) problems.push({ path: `${id}.endpoints`, message: 'must be an array of endpoints' });
      else settings.endpoints.forEach((e, i) => problems.push(...endpointProblems(e, `${id}.endpoints[${i}]`)));
    }
  }
  return problems;
}
