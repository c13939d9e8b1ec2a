import { ForbiddenKeyError, PathError } from '../guard/index.js';
import type { ProfileDefinition } from '../profiles/types.js';
import type { EventCatalogue } from './event-catalogue.js';
import { applyOverrides, renderTemplate } from './event-catalogue.js';
import { DeliveryError, type FireInput } from './fire-input.js';
import { MergeConflictError, mergeEvent } from './merge-event.js';

export interface Fill {
  eventId: string;
  endpointId: string;
  now: number;
  randomBytes(size: number): Uint8Array;
}

/**
 * The body of one event: the template with its placeholders filled (unless verbatim), then the
 * `--set` overrides, `data` and the merge applied. Every failure is a `bad_payload`; with
 * `guardErrors: 'rethrow'`, a forbidden key or bad path keeps its own error (and field).
 */
export function eventBody(
  template: string,
  input: Pick<FireInput, 'sets' | 'data' | 'merge' | 'verbatim'>,
  fill: Fill,
  options: { guardErrors: 'rethrow' | 'wrap'; checkJson: boolean },
): string {
  try {
    const rendered = input.verbatim ? template : renderTemplate(template, fill);
    const body = mergeEvent(applyOverrides(rendered, input.sets ?? [], input.data), input.merge);
    if (options.checkJson) JSON.parse(body);
    return body;
  } catch (error) {
    if (error instanceof MergeConflictError) throw new DeliveryError('bad_payload', `"merge": ${error.message}`);
    if (options.guardErrors === 'rethrow' && (error instanceof ForbiddenKeyError || error instanceof PathError)) throw error;
    throw new DeliveryError('bad_payload', `the event body is not valid JSON after filling it in: ${(error as Error).message}`);
  }
}

/** The template of an event to fire: the given body (any type, if the provider takes open types), or the catalogue's fixture. */
export function eventTemplate(profile: ProfileDefinition<any>, catalogue: EventCatalogue, input: FireInput): string {
  const openType = profile.events.openTypes === true && input.body !== undefined;
  if (!openType && !profile.events.types.includes(input.type)) {
    throw new DeliveryError(
      'unknown_event',
      `${profile.title} has no event "${input.type}"; its events are ${profile.events.types.join(', ')}`,
    );
  }
  const template = input.body ?? catalogue.template(profile.id, input.type);
  if (template === undefined)
    throw new DeliveryError(
      'unknown_event',
      `no fixture for ${profile.id} ${input.type} (fixtures/events/${profile.id}/${input.type}.json)`,
    );
  return template;
}
