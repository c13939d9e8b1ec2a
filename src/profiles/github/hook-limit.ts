/** GitHub's limit: up to 20 hooks for each event on each installation target (one repository, one organization). */
import { validationFailed } from './errors.js';
import { sameTarget } from './serialize.js';
import type { GithubHook, GithubState, GithubTarget } from './state.js';

const HOOKS_PER_EVENT = 20;

/** 422 naming every event that already has 20 other hooks on the target; `self` (an update) does not count. */
export function checkHookLimit(state: GithubState, target: GithubTarget, events: readonly string[], self?: GithubHook): void {
  const full = [...new Set(events)].filter(
    (event) => state.hooks.filter((h) => h !== self && sameTarget(h.target, target) && h.events.includes(event)).length >= HOOKS_PER_EVENT,
  );
  if (full.length > 0)
    throw validationFailed(
      full.map((event) => ({
        resource: 'Hook',
        code: 'custom',
        message: `The "${event}" event cannot have more than ${HOOKS_PER_EVENT} hooks`,
      })),
    );
}
