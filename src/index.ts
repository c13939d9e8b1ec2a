export * from './signing/index.js';
export { startHookyard } from './server/start-hookyard.js';
export type { HookyardHandle, StartOptions } from './server/start-hookyard.js';
export { builtInProfiles } from './profiles/registry.js';
export type { ProfileDefinition, EndpointSummary, ApiKey } from './profiles/types.js';
export { virtualClock, systemClock } from './clock/index.js';
export type { Clock, VirtualClock } from './clock/index.js';
import { builtInProfiles } from './profiles/registry.js';
import { detectSchemes as detectAmong, sign as signWithPreset, verify as verifyWithPreset } from './signing/index.js';
import type { HeadersInput, SchemeSpec, SignedHeaders, SignInput, Verdict, VerifyInput } from './signing/index.js';
import { knownSchemes } from './profiles/schemes.js';

/** The signature schemes hookyard knows (presets). */
export const schemes = knownSchemes.list();
/** The mocked providers. */
export const profiles = builtInProfiles();

/** `sign` and `verify` taking any id `hookyard schemes` lists (the engine's presets and the providers' own). */
export function sign(scheme: SchemeSpec | string, input: SignInput): SignedHeaders {
  return signWithPreset(knownSchemes.resolve(scheme), input);
}
export function verify(scheme: SchemeSpec | string, input: VerifyInput): Verdict {
  return verifyWithPreset(knownSchemes.resolve(scheme), { knownSchemes: schemes, ...input });
}
export function detectSchemes(headers: HeadersInput, candidates: readonly SchemeSpec[] = schemes): SchemeSpec[] {
  return detectAmong(headers, candidates);
}
export { knownSchemes };
