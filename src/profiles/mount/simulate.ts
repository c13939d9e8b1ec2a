import type { ProfileDefinition, SimulatedError } from '../types.js';

export type SimulateLookup = { ok: true; error: SimulatedError } | { ok: false; message: string };

/** `Hookyard-Simulate: <status or code>` → one of the profile's documented errors. */
export function findSimulatedError(profile: ProfileDefinition<any>, value: string): SimulateLookup {
  const wanted = value.trim();
  const error = profile.simulatedErrors.find((e) => e.code === wanted) ?? profile.simulatedErrors.find((e) => String(e.status) === wanted);
  if (error) return { ok: true, error };
  const valid = [...new Set(profile.simulatedErrors.flatMap((e) => [String(e.status), e.code]))].join(', ');
  return { ok: false, message: `Hookyard-Simulate: "${wanted}" is not a documented ${profile.title} error; use one of: ${valid}.` };
}
