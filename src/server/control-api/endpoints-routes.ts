import type { Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { invokeControlRoute, ControlRouteError, type ControlOperation } from '../../profiles/mount/index.js';
import type { EndpointSummary, NeutralEndpointInput, ProfileDefinition } from '../../profiles/types.js';
import type { Workbench } from '../workbench.js';
import { controlError, jsonBody } from './control-error.js';
import { withSecretMask } from './secret-routes.js';
import { scopeFields, scopeParams } from '../../profiles/scope-params.js';
import { onlyKeys, optionalBoolean, optionalString, requireString, stringArray } from './control-input.js';

function allEndpoints(wb: Workbench, only?: string): EndpointSummary[] {
  return wb.profiles.filter((p) => !only || p.id === only).flatMap((p) => p.listEndpoints(wb.mount.state(p)));
}

/**
 * Endpoint operations across profiles. The body is either the profile's own (`{"profile",
 * "body": {...}}`) or the neutral shape (`{"profile","url","events","description","active"}`).
 */
export function endpointsRoutes(api: Hono, wb: Workbench): void {
  const profileOr404 = (c: Context, id: string): ProfileDefinition<any> | Response =>
    wb.profile(id) ?? controlError(c, 404, 'not_found', `No profile "${id}"; known: ${wb.profiles.map((p) => p.id).join(', ')}.`);

  const run = async (
    c: Context,
    profile: ProfileDefinition<any>,
    operation: ControlOperation,
    params: Record<string, string>,
    body?: unknown,
  ): Promise<Response> => {
    try {
      const response = await invokeControlRoute(profile, wb.mount, operation, params, body);
      if (response.status >= 400) {
        const said = providerMessage(response.body);
        const field = providerField(response.body);
        return c.json(
          {
            error: {
              code: 'provider_error',
              message: `${profile.title} answered ${response.status}${said ? `: ${said}` : ''}`,
              status: response.status,
              ...(field ? { field } : {}),
            },
            response: response.body,
          },
          response.status as ContentfulStatusCode,
        );
      }
      const after = response.body;
      // Surface the plaintext secret the profile returned once (create / rotate), where its definition says.
      const secret = secretAt(after, profile.secret?.inResponse);
      const endpoint = params.id ? allEndpoints(wb, profile.id).find((e) => e.id === params.id) : undefined;
      return c.json(
        { status: response.status, response: after ?? null, ...(secret ? { secret } : {}), ...(endpoint ? { endpoint } : {}) },
        response.status === 204 ? 200 : (response.status as ContentfulStatusCode),
      );
    } catch (error) {
      if (error instanceof ControlRouteError) return controlError(c, 400, 'unsupported', error.message);
      throw error;
    }
  };

  api.get('/endpoints', (c) => {
    const only = c.req.query('profile');
    if (only && !wb.profile(only)) return controlError(c, 404, 'not_found', `No profile "${only}".`);
    return c.json(allEndpoints(wb, only).map((e) => withSecretMask(wb, e)));
  });

  api.post('/endpoints', async (c) => {
    const parsed = await jsonBody(c);
    if (!parsed.ok) return parsed.response;
    const input = parsed.value;
    onlyKeys(input, ['profile', 'body', 'url', 'events', 'description', 'active', ...scopeFields(wb.profiles)]);
    const profileId = requireString(input.profile, 'profile', `is required: one of ${wb.profiles.map((p) => p.id).join(', ')}`);
    const profile = profileOr404(c, profileId);
    if (profile instanceof Response) return profile;
    const scope = scopeParams(profile, (name) => optionalString(input[name], name));
    let body: unknown = input.body;
    if (body === undefined) {
      const neutral = neutralInput(input, true) as NeutralEndpointInput;
      if (!profile.controlBodies)
        return controlError(c, 400, 'unsupported', `${profile.title} takes its own create body here: {"profile","body":{…}}.`, 'body');
      body = profile.controlBodies.create(neutral);
    }
    return run(c, profile, 'create', scope, body);
  });

  const withEndpoint = (operation: ControlOperation, needsBody: boolean) => async (c: Context) => {
    const profile = profileOr404(c, c.req.param('profile')!);
    if (profile instanceof Response) return profile;
    const id = c.req.param('id')!;
    const endpoint = allEndpoints(wb, profile.id).find((e) => e.id === id);
    if (!endpoint) return controlError(c, 404, 'not_found', `No ${profile.title} endpoint "${id}".`);
    let body: unknown;
    if (needsBody) {
      const parsed = await jsonBody(c);
      if (!parsed.ok) return parsed.response;
      const input = parsed.value;
      onlyKeys(input, ['body', 'url', 'events', 'description', 'active']);
      if (input.body !== undefined) body = input.body;
      else if (profile.controlBodies?.update) body = profile.controlBodies.update(neutralInput(input, false));
      else return controlError(c, 400, 'unsupported', `${profile.title} takes its own update body here: {"body":{…}}.`, 'body');
    }
    return run(c, profile, operation, { id, ...(endpoint.scope ?? {}) }, body);
  };
  api.get('/endpoints/:profile/:id', (c) => {
    const endpoint = allEndpoints(wb, c.req.param('profile')).find((e) => e.id === c.req.param('id'));
    return endpoint ? c.json(endpoint) : controlError(c, 404, 'not_found', `No endpoint ${c.req.param('profile')}/${c.req.param('id')}.`);
  });
  api.patch('/endpoints/:profile/:id', withEndpoint('update', true));
  api.post('/endpoints/:profile/:id/rotate', withEndpoint('rotate', false));
  api.delete('/endpoints/:profile/:id', withEndpoint('delete', false));
}

/** The inspector's neutral endpoint shape, each field checked and named. */
function neutralInput(input: Record<string, unknown>, create: boolean): Partial<NeutralEndpointInput> {
  const out: Partial<NeutralEndpointInput> = {};
  const url = create
    ? requireString(input.url, 'url', 'is required (or send the profile\'s own create body as "body")')
    : optionalString(input.url, 'url');
  if (url !== undefined) out.url = url;
  if (input.events !== undefined || create) out.events = stringArray(input.events, 'events');
  const description = optionalString(input.description, 'description');
  if (description !== undefined) out.description = description;
  const active = optionalBoolean(input.active, 'active');
  if (active !== undefined) out.active = active;
  return out;
}

/** The provider's own error message, wherever its envelope puts it (cut short). */
function providerMessage(body: unknown): string | undefined {
  const b = body as { message?: unknown; error?: unknown } | undefined;
  const text =
    typeof b?.error === 'object' && b.error !== null
      ? (b.error as { message?: unknown }).message
      : typeof b?.error === 'string'
        ? b.error
        : b?.message;
  if (typeof text !== 'string') return undefined;
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

/** The field the provider named (`param`, `field`), when its envelope has the slot. */
function providerField(body: unknown): string | undefined {
  const b = body as Record<string, unknown> | undefined;
  const inner = typeof b?.error === 'object' && b.error !== null ? (b.error as Record<string, unknown>) : b;
  const field = inner?.param ?? inner?.field;
  return typeof field === 'string' ? field : undefined;
}

/** The plaintext secret at the definition's dotted path, when the answer carries one. */
function secretAt(body: unknown, path: string | undefined): string | undefined {
  if (!path) return undefined;
  let value: unknown = body;
  for (const part of path.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  return typeof value === 'string' ? value : undefined;
}
