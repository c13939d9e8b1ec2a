/**
 * A provider profile is data plus small handlers. The shared mount layer (src/profiles/mount/)
 * owns HTTP: it authenticates, reads the body once as bytes, parses JSON (a malformed body is a
 * 400 in the profile's envelope), enforces the body limit (413), answers `Hookyard-Simulate`,
 * runs the matching route's handler, renders `ProfileError`s through the profile's envelope and
 * answers unknown paths with the profile's own 404. Handlers never touch HTTP objects.
 */
import type { SchemeSpec } from '../../signing/types.js';
import type { ProfileAuth } from './auth.js';
import type { ApiKey, ControlOperation, HttpMethod, ProfileDeps, ProfileRequest, RouteDef, SimulatedError } from './request.js';

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
  /** The scheme that signs this provider's deliveries (a preset of `src/signing/`). */
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
  controlRoutes: Partial<Record<ControlOperation, ControlRoute>>;
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
  /** Delays before each attempt in ms (first = 0); default: the workbench's retry schedule (`delivery/retry-policy.ts`). `[0]` = no retries. */
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
