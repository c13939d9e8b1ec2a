/**
 * A provider profile is data plus small handlers. The shared mount layer (src/profiles/mount/)
 * owns HTTP: it authenticates, reads the body once as bytes, parses JSON (a malformed body is a
 * 400 in the profile's envelope), enforces the body limit (413), answers `Hookyard-Simulate`,
 * runs the matching route's handler, renders `ProfileError`s through the profile's envelope and
 * answers unknown paths with the profile's own 404. Handlers never touch HTTP objects.
 */
import type { SchemeSpec } from '../signing/types.js';

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

/** What a profile's routes may ask of the delivery engine. */
export interface ProfileDeliveries {
  /** Sends the profile's test event to one endpoint and waits for the first attempt. */
  sendTest(
    profile: string,
    endpointId: string,
  ): Promise<{
    eventId: string;
    deliveryId: string;
    ok: boolean;
    status: number | null;
    errorKind: string | null;
    durationMs: number | null;
  }>;
  /** The endpoint's deliveries, newest first. */
  list(profile: string, endpointId: string): Promise<DeliveryView[]>;
  /** Every event fired for the profile, oldest first (Stripe's `/v1/events`). */
  events(profile: string): Promise<EventView[]>;
  /**
   * Records an event with the caller's id, type and body and starts delivering it to the matching
   * endpoints (or `endpointIds`); resolves when the first attempts are done. The event is kept
   * before this returns its promise.
   */
  send(profile: string, input: { id: string; type: string; body: string; endpointIds?: readonly string[] }): Promise<void>;
  /** A manual retry; null when the delivery is unknown. */
  retry(profile: string, endpointId: string, deliveryId: string): Promise<DeliveryView | null>;
}

export interface EventView {
  id: string;
  type: string;
  createdAt: string;
  /** The exact JSON sent. */
  body: string;
}

/** A delivery as profiles show it (each maps it to its own field names). */
export interface DeliveryView {
  id: string;
  eventId: string;
  eventType: string;
  state: 'pending' | 'succeeded' | 'failed' | 'disabled';
  createdAt: string;
  nextAttemptAt: string | null;
  attempts: Array<{
    id: string;
    number: number;
    at: string;
    ok: boolean;
    status: number | null;
    durationMs: number;
    errorKind: string | null;
    responseBody: string | null;
    /** The request as sent and the response headers (GitHub's delivery detail shows both). */
    request: { headers: Record<string, string>; body: string };
    responseHeaders: Record<string, string> | null;
  }>;
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

export interface RouteDef<State> {
  method: HttpMethod;
  /** Hono-style path relative to the mount: `/v1/webhooks/:id`. */
  path: string;
  /** Stable name for logs, the timeline and `meta.endpoint` (e.g. `webhooks.create`). */
  operation: string;
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

export type AuthResult = { ok: true; key: ApiKey } | { ok: false; message: string };

export interface AuthRequest {
  method: string;
  /** The path as on the wire (`/<mount>/v1/webhooks`) and relative to the mount (`/v1/webhooks`). */
  wirePath: string;
  mountPath: string;
  /** The raw query string with its `?`, or ''. */
  search: string;
  headers: Readonly<Record<string, string>>;
  rawBody: Uint8Array;
  now: number;
}

/** How the provider's API authenticates callers (src/profiles/kit: bearer, signed requests). */
export interface ProfileAuth {
  authenticate(keys: readonly ApiKey[], req: AuthRequest): AuthResult;
  /** Headers a client sends to authenticate as `key` (tests and the hostile suite call it). */
  requestHeaders(
    key: ApiKey,
    req: { method: string; path: string; search: string; body: Uint8Array | string; now: number },
  ): Record<string, string>;
  /** Key fields this auth cannot work without (signed requests: `apiSecret`). */
  requiredKeyFields?: readonly 'apiSecret'[];
  /** The key's credentials as the banner shows them. */
  describeKey(key: ApiKey | undefined): string;
}

/** A profile-neutral view of one endpoint, for the control API, the inspector and deliveries. */
export interface EndpointSummary {
  id: string;
  profile: string;
  url: string;
  events: string[];
  /** `active`, `disabled`, `paused`, `broken` (the profile's own word). */
  status: string;
  active: boolean;
  description: string | null;
  /** The profile's own masked form (`…5a6b`, `****abc1`), or null when it shows none. */
  secretMasked: string | null;
  createdAt: string;
  updatedAt: string | null;
  /** Extra path parameters the endpoint lives under (appkit `appId`). */
  scope?: Readonly<Record<string, string>>;
}

export interface ProfileDefinition<State = unknown> {
  id: string;
  title: string;
  /** File name of the seed document in shared/seeds. */
  seed: string;
  /** URL prefix, e.g. `/signa`. */
  mount: string;
  auth: ProfileAuth;
  /** Build the error body in the profile's envelope. */
  renderError(
    error: { status: number; code: string; message: string; field?: string; extra?: Readonly<Record<string, unknown>> },
    deps: ProfileDeps,
  ): unknown;
  /** The codes the mount layer uses for its own errors, in this profile's vocabulary. */
  errorCodes: {
    badRequest: string;
    unauthorized: string;
    forbidden: string;
    notFound: string;
    payloadTooLarge: string;
    internal: string;
  };
  /** Every documented error, keyed by code and by status string, for `Hookyard-Simulate`. */
  simulatedErrors: readonly SimulatedError[];
  routes: readonly RouteDef<State>[];
  /** Headers added to every response (Signalbase `X-RateLimit-*` are produced by handlers/mount hooks). */
  responseHeaders?(req: ProfileRequest<State>): Record<string, string>;
  initialState(): State;
  /** The test key `hy_<profile>_test` is always accepted with all scopes. */
  defaultApiKeys: readonly ApiKey[];
  events: {
    /** Every event type the profile can deliver. */
    types: readonly string[];
    /** The event sent by the test route. */
    testEvent: string;
    /** Messages may carry any event type the caller names (Svix); others fire only catalogued types. */
    openTypes?: boolean;
  };
  /**
   * Request body encodings the API takes besides JSON (Stripe: `form`, bracket notation). A body
   * is decoded by its Content-Type; without one, JSON is assumed.
   */
  bodyFormats?: readonly 'form'[];
  /**
   * Path prefixes served at the server root as well as under `mount`, for SDKs that take only a
   * host and port (stripe-node: `/v1`). Requests there reach the same routes with the full path.
   */
  rootAliases?: readonly string[];
  /** How the provider's SDK is pointed at hookyard (`GET /_yard/api/profiles`, the banner). */
  sdk?: ProfileSdk;
  /** The delivery signing scheme (design.md "Delivery signing schemes"). */
  deliveryScheme: SchemeSpec;
  /** The endpoint signing secret: its format, and where create / rotate answers carry the plaintext. */
  secret?: {
    /** A new secret as the provider makes one (the CLI signs direct sends with it). */
    generate?(randomBytes: (size: number) => Uint8Array): string;
    /** Dotted path in the create / rotate response body (`data.secret`); absent when those carry none. */
    inResponse?: string;
  };
  /**
   * Path parameters an endpoint lives under when the caller names none (`{ appId: 'app_hookyard' }`);
   * the control API and the config file take each as a field of the same name.
   */
  defaultScope?: Readonly<Record<string, string>>;
  /** Control API hooks: a profile-neutral view of endpoints. */
  listEndpoints(state: State): EndpointSummary[];
  /** Secrets that currently sign deliveries for an endpoint (current first; rotation grace included). */
  signingSecrets(state: State, endpointId: string, now: number): string[];
  /**
   * The profile's own routes behind the control API's endpoint operations (create / update /
   * rotate / delete), invoked with `via: 'dashboard'`. Paths may use `:id` and the endpoint's
   * `scope` params (appkit `:appId`).
   */
  controlRoutes: Partial<Record<'create' | 'update' | 'rotate' | 'delete', ControlRoute>>;
  /**
   * The inspector speaks one neutral shape (`{url, events, description, active}`); each profile
   * turns it into its own request body for the `controlRoutes`.
   */
  controlBodies?: {
    create(input: NeutralEndpointInput): unknown;
    update?(input: Partial<NeutralEndpointInput>): unknown;
  };
  /**
   * Gives an endpoint created from `hookyard.config.json` the id and secret the team shares.
   * Returns false when the id is taken by another endpoint.
   */
  adoptEndpoint?(state: State, createdId: string, fixed: { id?: string; secret?: string }): boolean;
  /** How deliveries touch this profile's endpoints (see src/delivery/). */
  delivery?: DeliveryHooks<State>;
  /** Behaviours the seed does not document, for the README's profile table. */
  inferred: readonly string[];
}

/** A profile route behind a control operation. */
export interface ControlRoute {
  method: HttpMethod;
  path: string;
  /** A fixed body (Signalbase rotates with PATCH {"rotate_secret":true}). */
  body?: unknown;
  /** Used instead when the endpoint lacks one of `path`'s params (GitHub: repo hooks, else org hooks). */
  otherwise?: ControlRoute;
}

export interface ProfileSdk {
  /** The SDK's package name. */
  name: string;
  /** What the SDK is configured with, from the server origin (`http://127.0.0.1:4400`). */
  baseUrl(origin: string): string;
  /** One line of code that points the SDK at `baseUrl` with `apiKey`. */
  snippet(baseUrl: string, apiKey: string): string;
}

export interface DeliveryOutcome {
  ok: boolean;
  /** ISO time of the attempt. */
  at: string;
  status: number | null;
}

export interface DeliveryHooks<State> {
  /** Does the endpoint receive this event? Default: its event list names the type. */
  matches?(state: State, endpointId: string, eventType: string, event: unknown): boolean;
  /** Keeps the endpoint's own counters true (consecutive_failures, last_success_at, stats …). */
  onAttempt?(state: State, endpointId: string, outcome: DeliveryOutcome): void;
  /** Disables the endpoint the profile's way (410, or five days of failures). */
  disable?(state: State, endpointId: string, reason: string, at: string): void;
  /** Provider headers beyond the signature (event type, delivery id); lower-case names override hookyard's. */
  headers?(event: { id: string; type: string }, target?: { endpointId: string; state: State }): Record<string, string>;
  /** The body as the endpoint takes it (GitHub's `payload=` form); default: the JSON as is. */
  encodeBody?(
    state: State,
    endpointId: string,
    json: string,
  ): {
    contentType: string;
    body: string /** Headers over these bytes (GitHub's SHA-1 X-Hub-Signature). */;
    headers?: Record<string, string>;
  };
  /** Delays before each attempt in ms (first = 0); default: design.md's schedule. `[0]` = no retries. */
  retrySchedule?: readonly number[];
  /** The provider's event id style (`evt_…`, a UUID, `msg_…`). */
  eventId?(randomBytes: (size: number) => Uint8Array): string;
}

export interface NeutralEndpointInput {
  url: string;
  events: string[];
  description?: string;
  active?: boolean;
}
