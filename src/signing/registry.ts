import type { SchemeSpec } from './types.js';
import * as p from './presets/index.js';

/**
 * The signature engine's presets: how real-world senders sign, in the order `hookyard schemes`
 * lists them. A provider mock whose scheme is its own (a seed's) brings it in its definition;
 * the whole catalogue is put together above both (`src/profiles/schemes.ts`).
 */
export const builtInSchemes: readonly SchemeSpec[] = Object.freeze([
  p.standardWebhooksScheme,
  p.standardWebhooksV1aScheme,
  p.svixScheme,
  p.stripeScheme,
  p.githubScheme,
  p.githubSha1Scheme,
  p.slackScheme,
  p.shopifyScheme,
  p.twilioScheme,
  p.twilioJsonScheme,
  p.discordScheme,
  p.sendgridScheme,
  p.squareScheme,
  p.zoomScheme,
  p.paddleScheme,
  p.linearScheme,
  p.hubspotV3Scheme,
  p.typeformScheme,
  p.lemonsqueezyScheme,
  p.intercomScheme,
  p.calendlyScheme,
  p.coinbaseScheme,
  p.twitchScheme,
  p.gitlabScheme,
]);

/** Looks schemes up by id in one list of them. */
export interface SchemeCatalogue {
  list(): SchemeSpec[];
  find(id: string): SchemeSpec | undefined;
  /** Throws `UnknownSchemeError` naming the known ids. */
  get(id: string): SchemeSpec;
  resolve(scheme: SchemeSpec | string): SchemeSpec;
}

export class UnknownSchemeError extends Error {
  constructor(
    readonly schemeId: string,
    known: readonly string[],
  ) {
    super(`unknown scheme "${schemeId}"; known schemes: ${known.join(', ')} (or a path to a scheme JSON file)`);
    this.name = 'UnknownSchemeError';
  }
}

export function schemeCatalogue(schemes: readonly SchemeSpec[]): SchemeCatalogue {
  const byId = new Map(schemes.map((scheme) => [scheme.id, scheme]));
  const get = (id: string): SchemeSpec => {
    const scheme = byId.get(id);
    if (!scheme) throw new UnknownSchemeError(id, [...byId.keys()]);
    return scheme;
  };
  return {
    list: () => [...byId.values()],
    find: (id) => byId.get(id),
    get,
    resolve: (scheme) => (typeof scheme === 'string' ? get(scheme) : scheme),
  };
}

/** The engine's own presets; `sign` and `verify` resolve a preset id here. */
export const presetCatalogue: SchemeCatalogue = schemeCatalogue(builtInSchemes);
