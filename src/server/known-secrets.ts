import type { KnownSecret } from '../capture/index.js';
import type { Workbench } from './workbench.js';

/** Every endpoint's signing secrets, so events hookyard fired itself verify when they come back. */
export function knownSecrets(wb: Workbench): KnownSecret[] {
  const out: KnownSecret[] = [];
  const now = wb.clock.now();
  for (const profile of wb.profiles) {
    const state = wb.mount.state(profile);
    for (const endpoint of profile.listEndpoints(state)) {
      profile.signingSecrets(state, endpoint.id, now).forEach((secret, i) => {
        out.push({
          label: `${profile.title} endpoint ${endpoint.id} (${i === 0 ? 'current secret' : 'previous secret, in its rotation grace'})`,
          secret,
          scheme: profile.deliveryScheme.id,
        });
      });
    }
  }
  return out;
}
