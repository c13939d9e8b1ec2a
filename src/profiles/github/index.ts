export { githubProfile } from './github-profile.js';
export type { GithubHook, GithubState } from './github-state.js';
