import type { ProfileDefinition } from '../../src/profiles/types.js';

/** What the generated run measured (written to the log at the end; NOTES-hostile.md quotes it). */
export const figures = {
  inputs: 0,
  crashes: 0,
  unexpected5xx: 0,
  envelopeMismatches: 0,
  fieldUnnamed: 0,
  leaks: 0,
  changedAfterRejection: 0,
  byStatus: {} as Record<string, number>,
};

type Shape = string | { [key: string]: Shape };

function shapeOf(value: unknown): Shape {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, shapeOf(v)]));
  return typeof value;
}

/** Every member of the expected shape is there with the same type (a `null` slot may hold a string); extra members are fine. */
function fits(actual: Shape, expected: Shape): boolean {
  if (typeof expected === 'string')
    return actual === expected || (expected === 'null' && actual === 'string') || (expected === 'string' && actual === 'null');
  if (typeof actual === 'string') return false;
  return Object.entries(expected).every(([k, v]) => k in actual && fits(actual[k]!, v));
}

/** The profile's own error envelope, as its `renderError` builds it. */
export function profileEnvelope(profile: ProfileDefinition<any>): (body: unknown) => boolean {
  const deps = { now: () => 0, randomBytes: (n: number) => new Uint8Array(n), env: 'sandbox' as const };
  // Some providers answer validation errors in a shape of their own (Svix's 422 list): both count.
  const expected = [400, 422].map((status) =>
    shapeOf(profile.renderError({ status, code: profile.errorCodes.badRequest, message: 'm' }, deps)),
  );
  return (body) => expected.some((shape) => fits(shapeOf(body), shape));
}

/** The control API's envelope: `{"error":{"code","message"}}`. */
export const controlEnvelope = (body: unknown): boolean => fits(shapeOf(body), { error: { code: 'string', message: 'string' } });

/** Stack frames, file paths of this machine, Node internals and JS error names: never in an answer. (Linear: no nested quantifiers.) */
const LEAK =
  /\n\s+at [^\n]{1,300}?:\d+:\d+|node:internal|\/work\/wt\/|node_modules|file:\/\/\/|(?:Type|Range|Syntax|Reference|URI)Error\b|is not a function|Cannot read propert/;

export function leaks(text: string): boolean {
  return LEAK.test(text);
}

/** Does the answer name the field (its own slot or the message), or the body-wide limit that refused it? */
export function namesField(text: string, field: string): boolean {
  // Aliases (Signalbase's rotateSecret for rotate_secret) may be named by their canonical spelling.
  const snake = field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  return text.includes(field) || text.includes(snake) || /64 levels|not valid JSON|not valid UTF-8|refused|limit reached/.test(text);
}

export function count(status: number): void {
  figures.inputs++;
  const bucket = `${Math.floor(status / 100)}xx`;
  figures.byStatus[bucket] = (figures.byStatus[bucket] ?? 0) + 1;
}
