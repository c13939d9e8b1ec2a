import type { SchemeSpec } from './types.js';
import * as p from './presets/index.js';

/** Every built-in preset, in the order `hookyard schemes` lists them. */
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
  // The schemes the seed profiles sign their deliveries with (each profile names one as its deliveryScheme).
  p.signaScheme,
  p.signalbaseScheme,
  p.alertingScheme,
  p.pipaiScheme,
  p.appkitScheme,
]);

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
