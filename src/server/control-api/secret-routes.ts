import type { Hono } from 'hono';
import type { EndpointSummary } from '../../profiles/types.js';
import type { Workbench } from '../workbench.js';
import { controlError } from './control-error.js';

/** The last 4 characters of an endpoint's current signing secret, for every profile. */
export function withSecretMask(wb: Workbench, endpoint: EndpointSummary): EndpointSummary {
  if (endpoint.secretMasked) return endpoint;
  const profile = wb.profile(endpoint.profile);
  const secret = profile?.signingSecrets(wb.mount.state(profile), endpoint.id, wb.clock.now())[0];
  return secret ? { ...endpoint, secretMasked: `…${secret.slice(-4)}` } : endpoint;
}

/**
 * `POST /endpoints/:profile/:id/secret/reveal`: the plaintext signing secret(s). This is a local
 * tool, so the inspector may show them, but only on an explicit click, and the timeline says so.
 */
export function secretRoutes(api: Hono, wb: Workbench): void {
  api.post('/endpoints/:profile/:id/secret/reveal', (c) => {
    const profile = wb.profile(c.req.param('profile'));
    if (!profile) return controlError(c, 404, 'not_found', `No profile "${c.req.param('profile')}".`);
    const id = c.req.param('id');
    const state = wb.mount.state(profile);
    if (!profile.listEndpoints(state).some((e) => e.id === id))
      return controlError(c, 404, 'not_found', `No ${profile.title} endpoint "${id}".`);
    const [secret, ...previous] = profile.signingSecrets(state, id, wb.clock.now());
    if (!secret) return controlError(c, 404, 'no_secret', `${profile.title} endpoint ${id} has no signing secret.`);
    const at = new Date(wb.clock.now()).toISOString();
    wb.hub.publish({
      type: 'secret.revealed',
      at,
      summary: `signing secret of ${profile.title} endpoint ${id} revealed in the inspector`,
      profile: profile.id,
      endpointId: id,
    });
    return c.json({ profile: profile.id, endpointId: id, secret, previous, scheme: profile.deliveryScheme.id, revealedAt: at });
  });
}
