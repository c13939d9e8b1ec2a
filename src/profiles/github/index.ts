export { githubProfile } from './definition.js';
export type { GithubHook, GithubState } from './state.js';
