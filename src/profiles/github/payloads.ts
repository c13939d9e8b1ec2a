/** The payloads GitHub's API itself sends: `ping` on create and `…/pings`, `push` on `…/tests`. */
import type { RandomBytes } from '../../plumbing/index.js';
import { newSha, stableId, targetId } from './ids.js';
import { githubTime, hookJson } from './serialize.js';
import type { GithubHook, GithubTarget } from './state.js';

const ZEN = [
  'Keep it logically awesome.',
  'Design for failure.',
  'Speak like a human.',
  'Non-blocking is better than blocking.',
  'Approachable is better than simple.',
];

const sender = {
  login: 'hookyard',
  id: stableId('user:hookyard'),
  type: 'User',
  site_admin: false,
  html_url: 'https://github.com/hookyard',
};

export function targetJson(target: GithubTarget): Record<string, unknown> {
  if (target.kind === 'orgs') {
    return {
      organization: { login: target.org, id: targetId(target), url: `https://api.github.com/orgs/${target.org}`, description: null },
    };
  }
  const fullName = `${target.owner}/${target.repo}`;
  return {
    repository: {
      id: targetId(target),
      name: target.repo,
      full_name: fullName,
      private: false,
      owner: { login: target.owner, id: stableId(`user:${target.owner}`), type: 'User', site_admin: false },
      html_url: `https://github.com/${fullName}`,
      url: `https://api.github.com/repos/${fullName}`,
      default_branch: 'main',
    },
  };
}

export function pingPayload(hook: GithubHook, base: string, randomBytes: RandomBytes): string {
  const zen = ZEN[randomBytes(1)[0]! % ZEN.length];
  return JSON.stringify({ zen, hook_id: hook.id, hook: hookJson(hook, base), ...targetJson(hook.target), sender });
}

export function pushPayload(target: Extract<GithubTarget, { kind: 'repos' }>, now: number, randomBytes: RandomBytes): string {
  const before = newSha(randomBytes);
  const after = newSha(randomBytes);
  const fullName = `${target.owner}/${target.repo}`;
  const commit = {
    id: after,
    tree_id: newSha(randomBytes),
    distinct: true,
    message: 'Update README.md',
    timestamp: githubTime(now),
    url: `https://github.com/${fullName}/commit/${after}`,
    author: { name: 'hookyard', email: 'hookyard@example.com', username: 'hookyard' },
    committer: { name: 'hookyard', email: 'hookyard@example.com', username: 'hookyard' },
    added: [],
    removed: [],
    modified: ['README.md'],
  };
  return JSON.stringify({
    ref: 'refs/heads/main',
    before,
    after,
    ...targetJson(target),
    pusher: { name: 'hookyard', email: 'hookyard@example.com' },
    sender,
    created: false,
    deleted: false,
    forced: false,
    base_ref: null,
    compare: `https://github.com/${fullName}/compare/${before.slice(0, 12)}...${after.slice(0, 12)}`,
    commits: [commit],
    head_commit: commit,
  });
}
