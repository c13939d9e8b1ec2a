import { builtInSchemes, schemeCatalogue, type SchemeCatalogue } from '../signing/registry.js';
import { builtInProfiles } from './registry.js';

/**
 * Every scheme hookyard knows by id: the signature engine's presets, then the scheme each
 * provider signs its deliveries with when that is its own (the seeds'), so `--scheme <id>`,
 * a channel's `scheme` and `hookyard schemes` take both.
 */
export const knownSchemes: SchemeCatalogue = schemeCatalogue([
  ...builtInSchemes,
  ...builtInProfiles()
    .map((profile) => profile.deliveryScheme)
    .filter((scheme) => !builtInSchemes.includes(scheme)),
]);
