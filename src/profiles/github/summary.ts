/** Control-API hooks: the profile-neutral endpoint view and the secret that signs deliveries. */
import type { EndpointSummary } from '../types.js';
import type { GithubState } from './state.js';

export function listGithubEndpoints(state: GithubState): EndpointSummary[] {
  return state.hooks.map(
    (h): EndpointSummary => ({
      id: String(h.id),
      profile: 'github',
      url: h.config.url,
      events: [...h.events],
      status: h.active ? 'active' : 'inactive',
      active: h.active,
      description: h.target.kind === 'repos' ? `${h.target.owner}/${h.target.repo}` : `org ${h.target.org}`,
      secretMasked: h.config.secret ? '********' : null,
      createdAt: h.created_at,
      updatedAt: h.updated_at,
      scope: h.target.kind === 'repos' ? ({ owner: h.target.owner, repo: h.target.repo } as Record<string, string>) : { org: h.target.org },
    }),
  );
}

export function githubSigningSecrets(state: GithubState, endpointId: string): string[] {
  const secret = state.hooks.find((h) => String(h.id) === endpointId)?.config.secret;
  return secret ? [secret] : [];
}
