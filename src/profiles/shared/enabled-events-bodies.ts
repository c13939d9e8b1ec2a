import type { ProfileDefinition } from '../types.js';

/**
 * The neutral endpoint shape as a Stripe-style body (`url`, `enabled_events`, `description`,
 * `disabled`), shared by the profiles whose API takes that body.
 */
export const enabledEventsBodies: NonNullable<ProfileDefinition<unknown>['controlBodies']> = {
  create: (input) => ({
    url: input.url,
    enabled_events: input.events,
    ...(input.description !== undefined ? { description: input.description } : {}),
  }),
  update: (input) => ({
    ...(input.url !== undefined ? { url: input.url } : {}),
    ...(input.events !== undefined ? { enabled_events: input.events } : {}),
    ...(input.description !== undefined ? { description: input.description } : {}),
    ...(input.active !== undefined ? { disabled: !input.active } : {}),
  }),
};
