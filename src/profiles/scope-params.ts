import type { ProfileDefinition } from './types.js';

/** Every scope parameter name any profile takes (the control API and config accept them as fields). */
export function scopeFields(profiles: readonly ProfileDefinition<any>[]): string[] {
  return [...new Set(profiles.flatMap((p) => Object.keys(p.defaultScope ?? {})))];
}

/** The profile's scope parameters: the caller's value for each, else the definition's default. */
export function scopeParams(profile: ProfileDefinition<any>, given: (name: string) => string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, fallback] of Object.entries(profile.defaultScope ?? {})) out[name] = given(name) ?? fallback;
  return out;
}
