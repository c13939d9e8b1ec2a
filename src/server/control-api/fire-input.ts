import type { FireInput } from '../../delivery/index.js';
import { assertSafeKeys, describeValue, setAtPath } from '../../guard/index.js';
import { ControlInputError } from './control-error.js';
import type { Workbench } from '../workbench.js';
import {
  controlFail,
  isRecord,
  onlyKeys,
  optionalBoolean,
  optionalInteger,
  optionalObject,
  optionalString,
  requireString,
} from './control-input.js';

const FIELDS = ['profile', 'type', 'endpointId', 'set', 'data', 'overrides', 'merge', 'count', 'faults'];
const FAULTS = ['duplicate', 'delayMs', 'outOfOrder'];
/** One day: a delay beyond it is a mistake, not a test. */
const MAX_FAULT_DELAY_MS = 86_400_000;

/** Checks a dotted path the way the event will be changed, on a scratch object, so a bad one is a 400 before anything is stored. */
function checkPath(path: string, field: string): void {
  setAtPath({}, path, null, field);
}

function parseSets(value: unknown): Array<[string, string]> {
  if (value === undefined) return [];
  if (Array.isArray(value)) {
    return value.map((entry, i) => {
      const text = requireString(entry, `set[${i}]`, 'must be "path=value"');
      const at = text.indexOf('=');
      if (at <= 0) controlFail(`set[${i}]`, 'must be "path=value", e.g. "data.amount=5"');
      checkPath(text.slice(0, at), `set[${i}]`);
      return [text.slice(0, at), text.slice(at + 1)] as [string, string];
    });
  }
  if (!isRecord(value)) controlFail('set', 'must be {"data.amount": 5} or ["data.amount=5"]');
  return Object.entries(value).map(([path, v]) => {
    checkPath(path, `set.${path}`);
    return [path, typeof v === 'string' ? v : JSON.stringify(v)] as [string, string];
  });
}

/** The body of `POST /_yard/api/events`, every field checked and named before anything is fired. */
export function parseFireInput(v: Record<string, unknown>, wb: Workbench): FireInput {
  onlyKeys(v, FIELDS);
  const profileId = requireString(v.profile, 'profile', `must be one of ${wb.profiles.map((p) => p.id).join(', ')}`);
  const profile = wb.profile(profileId);
  if (!profile)
    throw new ControlInputError(
      'profile',
      `"profile": no profile ${describeValue(profileId)}; known: ${wb.profiles.map((p) => p.id).join(', ')}.`,
      404,
      'unknown_profile',
    );
  const type = requireString(v.type, 'type', 'must be an event type');
  if (!profile.events.types.includes(type)) {
    throw new ControlInputError(
      'type',
      `"type": ${profile.title} has no event ${describeValue(type)}; its events are ${profile.events.types.join(', ')}.`,
      400,
      'unknown_event',
    );
  }
  const endpointId = optionalString(v.endpointId, 'endpointId');
  const sets = parseSets(v.set);
  const overrides = optionalObject(v.overrides, 'overrides');
  if (overrides) {
    for (const [path, val] of Object.entries(overrides)) {
      checkPath(path, `overrides.${path}`);
      sets.push([path, JSON.stringify(val)]);
    }
  }
  if (v.data !== undefined) assertSafeKeys(v.data, 'data');
  // Deep-merged into the event (the inspector's fire form); an object, checked like data.
  const merge = optionalObject(v.merge, 'merge');
  if (merge) assertSafeKeys(merge, 'merge');
  const count = optionalInteger(v.count, 'count', 1, 100);
  const rawFaults = optionalObject(v.faults, 'faults');
  let faults: FireInput['faults'];
  if (rawFaults) {
    onlyKeys(rawFaults, FAULTS, 'faults.');
    faults = {};
    const duplicate = optionalBoolean(rawFaults.duplicate, 'faults.duplicate');
    const delayMs = optionalInteger(rawFaults.delayMs, 'faults.delayMs', 0, MAX_FAULT_DELAY_MS);
    const outOfOrder = optionalBoolean(rawFaults.outOfOrder, 'faults.outOfOrder');
    if (duplicate !== undefined) faults.duplicate = duplicate;
    if (delayMs !== undefined) faults.delayMs = delayMs;
    if (outOfOrder !== undefined) faults.outOfOrder = outOfOrder;
  }
  return { profile: profile.id, type, endpointId, sets, data: v.data, merge, count, faults };
}
