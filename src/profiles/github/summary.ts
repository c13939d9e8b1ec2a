/** Control-API hooks: the neutral endpoint fields in GitHub's terms, and the secret that signs deliveries. */
import { neutralEndpoints, readOnly, sameField } from '../kit/index.js';
import type { GithubHook, GithubState } from './state.js';

export const githubNeutral = neutralEndpoints<GithubState, GithubHook>('github', (state) => state.hooks, {
  id: (h) => String(h.id),
  url: sameField('config.url'),
  events: sameField('events'),
  // A hook has no description; the list names where it lives.
  description: readOnly((h) => (h.target.kind === 'repos' ? `${h.target.owner}/${h.target.repo}` : `org ${h.target.org}`)),
  active: sameField('active'),
  status: (h) => (h.active ? 'active' : 'inactive'),
  secretMasked: (h) => (h.config.secret ? '********' : null),
  createdAt: (h) => h.created_at,
  updatedAt: (h) => h.updated_at,
  scope: (h): Record<string, string> =>
    h.target.kind === 'repos' ? { owner: h.target.owner, repo: h.target.repo } : { org: h.target.org },
  createDefaults: { name: 'web', config: { content_type: 'json' }, active: true },
});

export function githubSigningSecrets(state: GithubState, endpointId: string): string[] {
  const secret = state.hooks.find((h) => String(h.id) === endpointId)?.config.secret;
  return secret ? [secret] : [];
}
