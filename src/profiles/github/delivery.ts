/** How GitHub delivers: its headers, JSON or `payload=` form, both signatures, no automatic retry. */
import { createHmac } from 'node:crypto';
import type { DeliveryHooks } from '../types.js';
import { newEventId, targetId } from './ids.js';
import type { GithubState } from './state.js';

/** GitHub-Hookshot plus a short build hash, as GitHub sends it. */
export const HOOKSHOT_AGENT = 'GitHub-Hookshot/hookyrd';

const hookOf = (state: GithubState, id: string) => state.hooks.find((h) => String(h.id) === id);

export const githubDelivery: DeliveryHooks<GithubState> = {
  eventId: newEventId,
  // GitHub does not retry failed deliveries: redelivery is manual (…/deliveries/{id}/attempts).
  retrySchedule: [0],
  matches(state, id, type) {
    const hook = hookOf(state, id);
    return !!hook && (hook.events.includes('*') || hook.events.includes(type));
  },
  onAttempt(state, id, outcome) {
    const hook = hookOf(state, id);
    if (!hook) return;
    hook.last_response = outcome.ok
      ? { code: outcome.status, status: 'active', message: 'OK' }
      : {
          code: outcome.status,
          status: 'failed',
          message: outcome.status === null ? 'failed to connect' : `Invalid HTTP Response: ${outcome.status}`,
        };
  },
  disable(state, id) {
    const hook = hookOf(state, id);
    if (hook) hook.active = false;
  },
  headers(event, target) {
    const hook = target ? hookOf(target.state, target.endpointId) : undefined;
    return {
      accept: '*/*',
      'user-agent': HOOKSHOT_AGENT,
      'x-github-event': event.type,
      'x-github-delivery': event.id,
      ...(hook
        ? {
            'x-github-hook-id': String(hook.id),
            'x-github-hook-installation-target-type': hook.target.kind === 'repos' ? 'repository' : 'organization',
            'x-github-hook-installation-target-id': String(targetId(hook.target)),
          }
        : {}),
    };
  },
  encodeBody(state, id, json) {
    const hook = hookOf(state, id);
    const form = hook?.config.content_type === 'form';
    const body = form ? `payload=${encodeURIComponent(json)}` : json;
    const headers: Record<string, string> = {};
    // The legacy SHA-1 signature next to X-Hub-Signature-256 (the github scheme), over the same bytes.
    if (hook?.config.secret) headers['x-hub-signature'] = `sha1=${createHmac('sha1', hook.config.secret).update(body).digest('hex')}`;
    return { contentType: form ? 'application/x-www-form-urlencoded' : 'application/json', body, headers };
  },
};
