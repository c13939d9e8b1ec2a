import type { SchemeSpec } from './types.js';
import * as presets from './presets/index.js';

/** Every built-in preset, in the order `hookyard schemes` lists them. */
export const builtInSchemes: readonly SchemeSpec[] = Object.freeze(Object.values(presets));

const byId = new Map(builtInSchemes.map((scheme) => [scheme.id, scheme]));

export class UnknownSchemeError extends Error {
  constructor(readonly schemeId: string) {
    super(`unknown scheme "${schemeId}"; known schemes: ${[...byId.keys()].join(', ')} (or a path to a scheme JSON file)`);
    this.name = 'UnknownSchemeError';
  }
}

export function listSchemes(): SchemeSpec[] {
  return [...builtInSchemes];
}

export function findScheme(id: string): SchemeSpec | undefined {
  return byId.get(id);
}

export function getScheme(id: string): SchemeSpec {
  const scheme = byId.get(id);
  if (!scheme) throw new UnknownSchemeError(id);
  return scheme;
}

export function resolveScheme(scheme: SchemeSpec | string): SchemeSpec {
  return typeof scheme === 'string' ? getScheme(scheme) : scheme;
}
