import { hintFor, isObject, type ChannelProblem } from './validate-channel.js';

const isStrings = (v: unknown): boolean => Array.isArray(v) && v.every((s) => typeof s === 'string');
const PROFILE_KEYS = ['apiKeys', 'endpoints'];

function stringFields(value: Record<string, unknown>, at: string, names: string[]): ChannelProblem[] {
  return names
    .filter((n) => value[n] !== undefined && typeof value[n] !== 'string')
    .map((n) => ({ path: `${at}.${n}`, message: 'must be a string' }));
}

function apiKeyProblems(key: unknown, at: string): ChannelProblem[] {
  if (!isObject(key)) return [{ path: at, message: 'must be an object {"key", "scopes", "flags", "team", "apiSecret", "label"}' }];
  const problems: ChannelProblem[] = [];
  const bad = (path: string, message: string): void => void problems.push({ path: `${at}.${path}`, message });
  if (typeof key.key !== 'string' || key.key.length < 4) bad('key', 'must be a string of at least 4 characters');
  if (key.scopes !== undefined && !isStrings(key.scopes)) bad('scopes', 'must be an array of scope names');
  if (key.flags !== undefined && (!isObject(key.flags) || Object.values(key.flags).some((f) => typeof f !== 'boolean'))) {
    problems.push({ path: `${at}.flags`, message: 'must map flag names to true or false' });
  }
  return [...problems, ...stringFields(key, at, ['team', 'apiSecret', 'label'])];
}

function endpointProblems(entry: unknown, at: string): ChannelProblem[] {
  if (!isObject(entry)) return [{ path: at, message: 'must be an object {"id", "secret", "url", "events"} or {"id", "secret", "body"}' }];
  const problems: ChannelProblem[] = [];
  if (entry.body !== undefined && !isObject(entry.body)) {
    problems.push({ path: `${at}.body`, message: "must be the profile's own create body (an object)" });
  }
  if (entry.body === undefined && (typeof entry.url !== 'string' || !isStrings(entry.events))) {
    const message = 'needs "url" (a string) and "events" (an array of event types), or the profile\'s own create body as "body"';
    problems.push({ path: at, message });
  }
  return [...problems, ...stringFields(entry, at, ['id', 'secret', 'appId', 'description'])];
}

function listProblems(value: unknown, at: string, what: string, each: (item: unknown, at: string) => ChannelProblem[]): ChannelProblem[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return [{ path: at, message: `must be an array of ${what}` }];
  return value.flatMap((item, i) => each(item, `${at}[${i}]`));
}

/**
 * Every problem of the config file's `profiles` (paths relative to it): unknown profile ids (when
 * the known ones are given), API keys and fixed endpoints of the wrong shape, mistyped keys.
 */
export function profilesProblems(profiles: unknown, knownIds?: readonly string[]): ChannelProblem[] {
  if (!isObject(profiles)) return [{ path: '', message: 'must map profile ids to {"apiKeys": [...], "endpoints": [...]}' }];
  const problems: ChannelProblem[] = [];
  for (const [id, settings] of Object.entries(profiles)) {
    if (knownIds && !knownIds.includes(id)) {
      problems.push({ path: id, message: `is not a profile${hintFor(id, knownIds)} (profiles: ${knownIds.join(', ')})` });
    } else if (!isObject(settings)) {
      problems.push({ path: id, message: 'must be an object {"apiKeys": [...], "endpoints": [...]}' });
    } else {
      for (const key of Object.keys(settings)) {
        if (PROFILE_KEYS.includes(key)) continue;
        problems.push({ path: `${id}.${key}`, message: `is not a profile setting (apiKeys, endpoints)${hintFor(key, PROFILE_KEYS)}` });
      }
      problems.push(...listProblems(settings.apiKeys, `${id}.apiKeys`, 'API keys {"key", "scopes", "flags", ...}', apiKeyProblems));
      problems.push(...listProblems(settings.endpoints, `${id}.endpoints`, 'endpoints', endpointProblems));
    }
  }
  return problems;
}
