/** What a route handler gets and gives: the request, its deps, the response and the error it throws. */
import type { ProfileDeliveries } from './deliveries.js';

export type DeployEnv = 'sandbox' | 'production';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Who made the change: the mocked API, or the inspector/control API (Signalbase's `dashboard`). */
export type ChangeOrigin = 'api' | 'dashboard';

export interface ApiKey {
  key: string;
  /** `['*']` = every scope. */
  scopes: readonly string[];
  /** Profile-specific flags, e.g. `{ subscriptionExpired: true }`. */
  flags?: Readonly<Record<string, boolean>>;
  /** The API secret signed-request auth signs with. */
  apiSecret?: string;
  /** The team (account) the key belongs to; keys without one share the default team. */
  team?: string;
  label?: string;
}

/** Time and randomness come in; handlers never read `Date.now()` or `Math.random()`. */
export interface ProfileDeps {
  /** Unix ms. */
  now(): number;
  /** Cryptographically random bytes (tests inject a seeded source). */
  randomBytes(size: number): Uint8Array;
  env: DeployEnv;
  /** Deliveries, for the test / deliveries / retry routes (absent in unit tests of handlers). */
  deliveries?: ProfileDeliveries;
}

export interface ProfileRequest<State> {
  method: HttpMethod;
  /** Path relative to the mount, e.g. `/v1/webhooks/whk_123`. */
  path: string;
  params: Readonly<Record<string, string>>;
  query: URLSearchParams;
  /** Lower-cased names. */
  headers: Readonly<Record<string, string>>;
  /** Parsed JSON body; `undefined` when the request had no body. */
  body: unknown;
  rawBody: Uint8Array;
  apiKey: ApiKey;
  /** The profile's persisted state; mutate it in place, the mount layer persists it after the handler. */
  state: State;
  deps: ProfileDeps;
  via: ChangeOrigin;
}

export interface ProfileResponse {
  status: number;
  /** JSON-serialised by the mount layer; omit for an empty body (204). */
  body?: unknown;
  headers?: Readonly<Record<string, string>>;
}

/** Thrown (or returned via `errorResponse`) by handlers; rendered by the profile's envelope. */
export class ProfileError extends Error {
  constructor(
    readonly status: number,
    /** The profile's own code (`bad_request`, `INVALID_PARAMETER`, ...). */
    readonly code: string,
    message: string,
    /** The offending field, where the envelope has one. */
    readonly field?: string,
    /** Extra envelope members (Signalbase `retryAfter`) and headers. */
    readonly extra?: { body?: Readonly<Record<string, unknown>>; headers?: Readonly<Record<string, string>> },
  ) {
    super(message);
    this.name = 'ProfileError';
  }
}

/** The roles a provider's routes play (one route per control operation carries its role). */
export type RouteRole = 'create' | 'list' | 'get' | 'update' | 'delete' | 'rotate' | 'test' | 'deliveries' | 'retry';

/** The endpoint operations the control API runs through a profile's own routes. */
export type ControlOperation = 'create' | 'update' | 'rotate' | 'delete';

export interface RouteDef<State> {
  method: HttpMethod;
  /** Hono-style path relative to the mount: `/v1/webhooks/:id`. */
  path: string;
  /** Stable name for logs, the timeline and `meta.endpoint` (e.g. `webhooks.create`). */
  operation: string;
  /** What the route does to endpoints; the control API's create / update / rotate / delete come from these. */
  role?: RouteRole;
  /** Required scope; omitted = any valid key. */
  scope?: string;
  /** Marks routes whose existence the seed does not spell out (README "inferred"). */
  inferred?: boolean;
  handler(req: ProfileRequest<State>): ProfileResponse | Promise<ProfileResponse>;
}

/** A documented error a client can force with `Hookyard-Simulate: <status or code>`. */
export interface SimulatedError {
  status: number;
  code: string;
  message: string;
  extra?: { body?: Readonly<Record<string, unknown>>; headers?: Readonly<Record<string, string>> };
}
