import { invokeControlRoute } from '../profiles/mount/index.js';
import { scopeParams } from '../profiles/scope-params.js';
import type { Workbench } from './workbench.js';

export class SeedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SeedError';
  }
}

export interface SeededEndpoint {
  profile: string;
  id: string;
  created: boolean;
}

/**
 * Creates the endpoints listed in `hookyard.config.json` (`profiles.<id>.endpoints`) so a team
 * shares one setup: each entry is `{"id","secret","url","events"}` or `{"id","secret","body":{…native…}}`
 * (plus the profile's scope parameters, `defaultScope` in its definition). An endpoint whose id already exists (from an earlier run) is left alone.
 */
export async function seedEndpoints(wb: Workbench): Promise<SeededEndpoint[]> {
  const out: SeededEndpoint[] = [];
  for (const profile of wb.profiles) {
    const entries = wb.config.profiles[profile.id]?.endpoints ?? [];
    for (const [i, entry] of entries.entries()) {
      const where = `hookyard.config.json profiles.${profile.id}.endpoints[${i}]`;
      const fixedId = typeof entry.id === 'string' ? entry.id : undefined;
      const secret = typeof entry.secret === 'string' ? entry.secret : undefined;
      const state = wb.mount.state(profile);
      if (fixedId && profile.listEndpoints(state).some((e) => e.id === fixedId)) {
        out.push({ profile: profile.id, id: fixedId, created: false });
        continue;
      }
      let body = entry.body;
      if (body === undefined) {
        if (typeof entry.url !== 'string' || !Array.isArray(entry.events) || !profile.controlBodies)
          throw new SeedError(`${where}: give "url" and "events", or the profile's own create body as "body"`);
        body = profile.controlBodies.create({
          url: entry.url,
          events: entry.events as string[],
          description: typeof entry.description === 'string' ? entry.description : undefined,
        });
      }
      const response = await invokeControlRoute(
        profile,
        wb.mount,
        'create',
        scopeParams(profile, (name) => (typeof entry[name] === 'string' ? (entry[name] as string) : undefined)),
        body,
      );
      if (response.status >= 400)
        throw new SeedError(`${where}: ${profile.title} refused it (${response.status}): ${JSON.stringify(response.body)}`);
      // Every profile lists endpoints in creation order: the newest is the one just made.
      const createdId = profile.listEndpoints(state).at(-1)?.id;
      if (!createdId) throw new SeedError(`${where}: the endpoint was created but cannot be found`);
      if (fixedId || secret) {
        if (!profile.adoptEndpoint) throw new SeedError(`${where}: ${profile.title} cannot take a fixed id or secret`);
        if (!profile.adoptEndpoint(state, createdId, { id: fixedId, secret }))
          throw new SeedError(`${where}: the id "${fixedId}" is taken`);
      }
      wb.dataDir.state.changed();
      out.push({ profile: profile.id, id: fixedId ?? createdId, created: true });
    }
  }
  return out;
}
