/** The hook object as GitHub returns it: integer id, API urls, `config.secret` masked. */
import type { GithubHook, GithubHookConfig, GithubTarget } from './state.js';
import { isoSeconds } from '../kit/index.js';

/** `https://api.github.com` in production; here the mock's own origin and mount. */
export function apiBase(host: string | undefined): string {
  return `http://${host ?? '127.0.0.1'}/github`;
}

export function targetPath(target: GithubTarget): string {
  return target.kind === 'repos' ? `/repos/${target.owner}/${target.repo}` : `/orgs/${target.org}`;
}

/** Owner, repository and organization names are case-insensitive on GitHub. */
export function sameTarget(a: GithubTarget, b: GithubTarget): boolean {
  return targetPath(a).toLowerCase() === targetPath(b).toLowerCase();
}

export function configJson(config: GithubHookConfig): Record<string, unknown> {
  return {
    content_type: config.content_type,
    insecure_ssl: config.insecure_ssl,
    ...(config.secret ? { secret: '********' } : {}),
    url: config.url,
  };
}

export function hookJson(hook: GithubHook, base: string): Record<string, unknown> {
  const url = `${base}${targetPath(hook.target)}/hooks/${hook.id}`;
  const shared = {
    name: hook.name,
    active: hook.active,
    events: [...hook.events],
    config: configJson(hook.config),
    updated_at: hook.updated_at,
    created_at: hook.created_at,
  };
  if (hook.target.kind === 'orgs') {
    return { id: hook.id, url, ping_url: `${url}/pings`, deliveries_url: `${url}/deliveries`, ...shared, type: 'Organization' };
  }
  return {
    type: 'Repository',
    id: hook.id,
    ...shared,
    url,
    test_url: `${url}/test`,
    ping_url: `${url}/pings`,
    deliveries_url: `${url}/deliveries`,
    last_response: { ...hook.last_response },
  };
}

/** GitHub's timestamps: ISO 8601 in whole seconds. */
export const githubTime = isoSeconds;
