import type { Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { invokeControlRoute, ControlRouteError, type ControlOperation } from '../../profiles/mount/index.js';
import type { EndpointSummary, ProfileDefinition } from '../../profiles/types.js';
import type { Workbench } from '../workbench.js';
import { controlError, jsonBody } from './control-error.js';
import { withSecretMask } from './secret-routes.js';

function allEndpoints(wb: Workbench, only?: string): EndpointSummary[] {
  return wb.profiles.filter((p) => !only || p.id === only).flatMap((p) => p.listEndpoints(wb.mount.state(p)));
}

/**
 * Endpoint operations across profiles. The body is either the profile's own (`{"profile",
 * "body": {...}}`) or the neutral shape (`{"profile","url","events","description","active"}`).
 */
export function endpointsRoutes(api: Hono, wb: Workbench): void {
  const profileOr404 = (c: Context, id: string): ProfileDefinition<any> | Response => wb.profile(id) ?? controlError(c, 404, 'not_found', `No profile "${id}"; known: ${wb.profiles.map((p) => p.id).join(', ')}.`);

  const run = async (c: Context, profile: ProfileDefinition<any>, operation: ControlOperation, params: Record<string, string>, body?: unknown): Promise<Response> => {
    try {
      const response = await invokeControlRoute(profile, wb.mount, operation, params, body);
      if (response.status >= 400) {
        return c.json({ error: { code: 'provider_error', message: `${profile.title} answered ${response.status}`, status: response.status }, response: response.body }, response.status as ContentfulStatusCode);
      }
      const after = response.body;
      // Surface the plaintext secret the profile returned once (create / rotate), wherever it put it.
      const secret = findSecret(after);
      const endpoint = params.id ? allEndpoints(wb, profile.id).find((e) => e.id === params.id) : undefined;
      return c.json({ status: response.status, response: after ?? null, ...(secret ? { secret } : {}), ...(endpoint ? { endpoint } : {}) }, response.status === 204 ? 200 : (response.status as ContentfulStatusCode));
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
    if (typeof input.profile !== 'string') return controlError(c, 400, 'bad_request', `"profile" is required: one of ${wb.profiles.map((p) => p.id).join(', ')}.`);
    const profile = profileOr404(c, input.profile);
    if (profile instanceof Response) return profile;
    let body: unknown = input.body;
    if (body === undefined) {
      if (typeof input.url !== 'string' || !Array.isArray(input.events)) return controlError(c, 400, 'bad_request', 'Send either {"profile","body":{…the profile\'s own create body…}} or {"profile","url","events":[…]}.');
      if (!profile.controlBodies) return controlError(c, 400, 'unsupported', `${profile.title} takes its own create body here: {"profile","body":{…}}.`);
      body = profile.controlBodies.create({ url: input.url, events: input.events as string[], description: typeof input.description === 'string' ? input.description : undefined });
    }
    const params: Record<string, string> = { appId: typeof input.appId === 'string' ? input.appId : 'app_hookyard' };
    return run(c, profile, 'create', params, body);
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
      if (input.body !== undefined) body = input.body;
      else if (profile.controlBodies?.update) body = profile.controlBodies.update(input as never);
      else return controlError(c, 400, 'unsupported', `${profile.title} takes its own update body here: {"body":{…}}.`);
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

function findSecret(value: unknown, depth = 0): string | undefined {
  if (!value || typeof value !== 'object' || depth > 3) return undefined;
  for (const [key, v] of Object.entries(value)) {
    if ((key === 'secret' || key === 'signingSecretPlaintext') && typeof v === 'string') return v;
    const nested = findSecret(v, depth + 1);
    if (nested) return nested;
  }
  return undefined;
}
