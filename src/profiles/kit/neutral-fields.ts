import type { EndpointSummary, NeutralEndpointInput, ProfileDefinition } from '../types.js';

type BodyKind = 'create' | 'update';

/** One field of the neutral endpoint shape: how the stored endpoint shows it, and where a request body sets it. */
export interface NeutralField<Endpoint, Value> {
  read(endpoint: Endpoint): Value;
  /** Dotted path in the provider's create / update body (`config.url`); absent when its API cannot set the field. */
  body?: string;
  /** The body's value for the neutral one (`active` → `disabled: !active`); `undefined` leaves it out. */
  toBody?(value: Value, kind: BodyKind): unknown;
  /** Taken by update only (Stripe's `disabled`). */
  updateOnly?: boolean;
}

/** The neutral endpoint shape in one provider's terms: read for the endpoint list, written for create / update bodies. */
export interface NeutralFieldMap<Endpoint> {
  id(endpoint: Endpoint): string;
  url: NeutralField<Endpoint, string>;
  events: NeutralField<Endpoint, readonly string[]>;
  description: NeutralField<Endpoint, string | null>;
  active: NeutralField<Endpoint, boolean>;
  /** The provider's own word (`enabled`, `paused`, `deleted`). */
  status(endpoint: Endpoint): string;
  secretMasked(endpoint: Endpoint): string | null;
  createdAt(endpoint: Endpoint): string;
  updatedAt(endpoint: Endpoint): string | null;
  scope?(endpoint: Endpoint): Readonly<Record<string, string>>;
  /** Members every create body carries besides the mapped ones (GitHub's `name: "web"`); mapped fields win. */
  createDefaults?: Readonly<Record<string, unknown>>;
}

/** A stored member that a body of the same name sets, read at the same dotted path. */
export function sameField<Endpoint, Value>(path: string): NeutralField<Endpoint, Value> {
  const keys = path.split('.');
  return { body: path, read: (endpoint) => keys.reduce<any>((value, key) => value?.[key], endpoint) as Value };
}

/** A field the provider shows but its API does not set (alerting's fixed event list). */
export function readOnly<Endpoint, Value>(read: (endpoint: Endpoint) => Value): NeutralField<Endpoint, Value> {
  return { read };
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let at = target;
  for (const key of keys.slice(0, -1)) {
    const next = at[key];
    at = at[key] = typeof next === 'object' && next !== null ? { ...(next as Record<string, unknown>) } : {};
  }
  at[keys[keys.length - 1]!] = value;
}

const NEUTRAL_KEYS = ['url', 'events', 'description', 'active'] as const;

/**
 * The endpoint list and the control-API bodies from one declaration, so the two views of a field
 * cannot drift apart: what the list reads from `enabled_events` is what a create writes there.
 */
export function neutralEndpoints<State, Endpoint>(
  profile: string,
  endpointsOf: (state: State) => readonly Endpoint[],
  map: NeutralFieldMap<Endpoint>,
): Pick<ProfileDefinition<State>, 'listEndpoints' | 'controlBodies'> {
  const body = (input: Partial<NeutralEndpointInput>, kind: BodyKind): Record<string, unknown> => {
    const out: Record<string, unknown> = kind === 'create' ? structuredClone({ ...map.createDefaults }) : {};
    for (const key of NEUTRAL_KEYS) {
      const field = map[key] as NeutralField<Endpoint, unknown>;
      const value = input[key];
      if (value === undefined || !field.body || (field.updateOnly && kind === 'create')) continue;
      const written = field.toBody ? field.toBody(value, kind) : value;
      if (written !== undefined) setPath(out, field.body, written);
    }
    return out;
  };
  return {
    listEndpoints: (state) =>
      endpointsOf(state).map((endpoint): EndpointSummary => {
        const summary: EndpointSummary = {
          id: map.id(endpoint),
          profile,
          url: map.url.read(endpoint),
          events: [...map.events.read(endpoint)],
          status: map.status(endpoint),
          active: map.active.read(endpoint),
          description: map.description.read(endpoint),
          secretMasked: map.secretMasked(endpoint),
          createdAt: map.createdAt(endpoint),
          updatedAt: map.updatedAt(endpoint),
        };
        if (map.scope) summary.scope = map.scope(endpoint);
        return summary;
      }),
    controlBodies: {
      create: (input) => body(input, 'create'),
      update: (input) => body(input, 'update'),
    },
  };
}
