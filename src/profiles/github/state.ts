/** GitHub's persisted state: plain JSON only (lowdb). */

/** Where a hook lives: a repository or an organization. */
export type GithubTarget = { kind: 'repos'; owner: string; repo: string } | { kind: 'orgs'; org: string };

export interface GithubHookConfig {
  url: string;
  content_type: 'json' | 'form';
  insecure_ssl: '0' | '1';
  secret?: string;
}

export interface GithubHook {
  id: number;
  target: GithubTarget;
  name: 'web';
  active: boolean;
  events: string[];
  config: GithubHookConfig;
  created_at: string;
  updated_at: string;
  last_response: { code: number | null; status: string; message: string | null };
}

export interface GithubState {
  /** In creation order. */
  hooks: GithubHook[];
  nextHookId: number;
}

export function initialGithubState(): GithubState {
  return { hooks: [], nextHookId: 1 };
}
