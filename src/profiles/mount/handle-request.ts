import type { ApiKey, ChangeOrigin, HttpMethod, ProfileDefinition, ProfileDeps, ProfileResponse } from '../types.js';
import { ProfileError } from '../types.js';
import { compileRoutes, matchRoute, type CompiledRoute } from './route-matcher.js';
import { authenticate, hasScope } from './authenticate.js';
import { findSimulatedError } from './simulate.js';
import { StorageUnavailableError } from '../../storage/storage-health.js';
import { ForbiddenKeyError, PathError, parseJsonBody } from '../../guard/index.js';
import { formBody } from './form-body.js';

/** What the mount layer needs from the workbench around it. */
export interface MountContext {
  deps: ProfileDeps;
  /** The profile's persisted state (created from `initialState()` when absent). */
  state(profile: ProfileDefinition<any>): unknown;
  /** Schedules a coalesced write after a change. */
  persist(): void;
  /** Resolves once every change so far is on disk; rejects when the write failed. */
  commit(): Promise<void>;
  /** True while the state document cannot be written: changes are refused with 503. */
  storageFailing(): boolean;
  /** Every key the profile accepts: its defaults, the config file's and the control API's. */
  apiKeys(profile: ProfileDefinition<any>): readonly ApiKey[];
  logger?: { error(message: string, error?: unknown): void };
  /** Called after every answered request (the timeline and the live stream). */
  onCall?(call: {
    profile: string;
    method: string;
    path: string;
    operation: string | null;
    status: number;
    via: ChangeOrigin;
    at: number;
  }): void;
}

export interface MountedRequest {
  method: string;
  /** Relative to the mount: `/v1/webhooks/whk_1`. */
  path: string;
  /** As on the wire, for PipAI signatures. */
  wirePath: string;
  /** The raw query string with its `?`, or ''. */
  search: string;
  /** Lower-case names. */
  headers: Record<string, string>;
  rawBody: Uint8Array;
  via: ChangeOrigin;
  /** Skip authentication with this key (the control API acts as the dashboard). */
  actingKey?: ApiKey;
}

export interface MountedResponse {
  status: number;
  headers: Record<string, string>;
  /** JSON value, or undefined for an empty body. */
  body: unknown;
}

const STORAGE_FAILING =
  'hookyard cannot write its data folder right now, so the change was not made durable; retry shortly (GET /_yard/api/health says why).';
const RETRY_SOON = { headers: { 'retry-after': '1' } };

const compiled = new WeakMap<ProfileDefinition<any>, CompiledRoute<any>[]>();

function routesOf(profile: ProfileDefinition<any>): CompiledRoute<any>[] {
  let routes = compiled.get(profile);
  if (!routes) compiled.set(profile, (routes = compileRoutes(profile.routes)));
  return routes;
}

function errorResponse(
  profile: ProfileDefinition<any>,
  deps: ProfileDeps,
  status: number,
  code: string,
  message: string,
  field?: string,
  extra?: ProfileError['extra'],
): MountedResponse {
  return {
    status,
    headers: { ...(extra?.headers ?? {}) },
    body: profile.renderError({ status, code, message, field, extra: extra?.body }, deps),
  };
}

/**
 * The one HTTP pipeline every profile shares: route → simulate → authenticate → scope → JSON →
 * handler → envelope. Every outcome, including an unexpected throw, is an answer in the
 * profile's own envelope.
 */
export async function handleProfileRequest(
  profile: ProfileDefinition<any>,
  ctx: MountContext,
  req: MountedRequest,
): Promise<MountedResponse> {
  const { deps } = ctx;
  const codes = profile.errorCodes;
  let operation: string | null = null;
  const finish = (response: MountedResponse): MountedResponse => {
    ctx.onCall?.({
      profile: profile.id,
      method: req.method,
      path: req.path,
      operation,
      status: response.status,
      via: req.via,
      at: deps.now(),
    });
    return response;
  };
  try {
    const match = matchRoute(routesOf(profile), req.method, req.path);
    if (match.kind === 'not-found')
      return finish(
        errorResponse(
          profile,
          deps,
          404,
          codes.notFound,
          `No route ${req.method} ${req.wirePath}. See the ${profile.title} API reference for the paths this mock serves.`,
        ),
      );
    if (match.kind === 'method-not-allowed') {
      const response = errorResponse(
        profile,
        deps,
        405,
        codes.badRequest,
        `${req.method} is not allowed on ${req.wirePath}; use ${match.allow.join(' or ')}.`,
      );
      response.headers.allow = match.allow.join(', ');
      return finish(response);
    }
    operation = match.route.operation;

    const simulate = req.headers['hookyard-simulate'];
    if (simulate !== undefined) {
      const found = findSimulatedError(profile, simulate);
      if (!found.ok) return finish(errorResponse(profile, deps, 400, codes.badRequest, found.message));
      const e = found.error;
      return finish(errorResponse(profile, deps, e.status, e.code, e.message, undefined, e.extra));
    }

    let apiKey = req.actingKey;
    if (!apiKey) {
      const auth = authenticate(profile.auth, ctx.apiKeys(profile), {
        method: req.method,
        wirePath: req.wirePath,
        mountPath: req.path,
        search: req.search,
        headers: req.headers,
        rawBody: req.rawBody,
        now: deps.now(),
      });
      if (!auth.ok) return finish(errorResponse(profile, deps, 401, codes.unauthorized, auth.message));
      apiKey = auth.key;
    }
    if (!hasScope(apiKey, match.route.scope)) {
      return finish(
        errorResponse(
          profile,
          deps,
          403,
          codes.forbidden,
          `This API key lacks the ${match.route.scope} scope required by ${req.method} ${req.wirePath}.`,
        ),
      );
    }

    let body: unknown;
    const form = formBody(profile, req.headers, req.rawBody);
    if (form && !form.ok) return finish(errorResponse(profile, deps, 400, codes.badRequest, form.message));
    if (form?.ok) body = req.rawBody.length > 0 ? form.value : undefined;
    else if (req.rawBody.length > 0) {
      const parsed = parseJsonBody(req.rawBody);
      if (!parsed.ok) return finish(errorResponse(profile, deps, 400, codes.badRequest, parsed.message, parsed.field));
      body = parsed.value;
    }

    const changes = req.method !== 'GET' && req.method !== 'HEAD';
    if (changes && ctx.storageFailing())
      return finish(errorResponse(profile, deps, 503, codes.internal, STORAGE_FAILING, undefined, RETRY_SOON));
    const state = ctx.state(profile);
    let result: ProfileResponse;
    try {
      result = await match.route.handler({
        method: req.method as HttpMethod,
        path: req.path,
        params: match.params,
        query: new URLSearchParams(req.search),
        headers: req.headers,
        body,
        rawBody: req.rawBody,
        apiKey,
        state,
        deps,
        via: req.via,
      });
    } catch (error) {
      // Handlers may change state before throwing (rate-limit counters): persist either way.
      if (changes) ctx.persist();
      throw error;
    }
    // Acknowledged means kept: a change is answered once the write containing it has completed.
    if (changes && result.status < 400) {
      const failed = await ctx.commit().then(
        () => false,
        () => true,
      );
      if (failed) return finish(errorResponse(profile, deps, 503, codes.internal, STORAGE_FAILING, undefined, RETRY_SOON));
    }
    return finish({ status: result.status, headers: { ...(result.headers ?? {}) }, body: result.body });
  } catch (error) {
    if (error instanceof ProfileError)
      return finish(errorResponse(profile, deps, error.status, error.code, error.message, error.field, error.extra));
    if (error instanceof StorageUnavailableError)
      return finish(errorResponse(profile, deps, 503, codes.internal, STORAGE_FAILING, undefined, RETRY_SOON));
    if (error instanceof ForbiddenKeyError || error instanceof PathError)
      return finish(errorResponse(profile, deps, 400, codes.badRequest, error.message, error.field));
    ctx.logger?.error(`${profile.id}: ${req.method} ${req.wirePath} threw`, error);
    return finish(
      errorResponse(
        profile,
        deps,
        500,
        codes.internal,
        'An unexpected error occurred in the hookyard mock; the details are in the workbench log.',
      ),
    );
  }
}
