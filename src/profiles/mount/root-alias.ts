import type { ProfileDefinition } from '../types.js';

function under(path: string, prefix: string): boolean {
  return path.startsWith(prefix) && (path.length === prefix.length || path[prefix.length] === '/' || path[prefix.length] === '?');
}

/** The profile serving `path` at the server root through one of its `rootAliases`, if any. */
export function rootAliasProfile(profiles: readonly ProfileDefinition<any>[], path: string): ProfileDefinition<any> | undefined {
  return profiles.find((p) => p.rootAliases?.some((alias) => under(path, alias)));
}

/** The path relative to the profile's mount: root-alias paths are already relative. */
export function mountRelativePath(profile: ProfileDefinition<any>, pathname: string): string {
  if (under(pathname, profile.mount)) return pathname.slice(profile.mount.length) || '/';
  return pathname;
}
