/** Octokit takes `baseUrl`: the GitHub API lives under `/github`. */
import type { ProfileSdk } from '../types.js';

export const githubSdk: ProfileSdk = {
  name: '@octokit/rest',
  baseUrl: (origin) => `${origin}/github`,
  snippet: (baseUrl, apiKey) => `new Octokit({ auth: '${apiKey}', baseUrl: '${baseUrl}' })`,
};
