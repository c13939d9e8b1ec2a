import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { builtInProfiles } from '../../../src/profiles/registry.js';
import { useYard } from '../../support/yard.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Each provider's first endpoint id, generated secret and event id, as its documentation (or our inference) shapes them. */
const formats: Record<string, { endpoint: RegExp; secret?: RegExp; event: RegExp }> = {
  signa: { endpoint: /^whk_[0-9A-Za-z]{24}$/, secret: /^whsec_[A-Za-z0-9_-]{32}$/, event: /^evt_[0-9A-Za-z]{24}$/ },
  signalbase: { endpoint: UUID, secret: UUID, event: UUID },
  alerting: { endpoint: /^wh-001$/, secret: /^whsec_[0-9a-f]{32}$/, event: UUID },
  pipai: { endpoint: /^wh_[0-9a-f]{6}$/, secret: /^[A-Za-z0-9_-]{40}$/, event: /^evt_[0-9a-f]{16}$/ },
  appkit: { endpoint: UUID, secret: /^whsec_[A-Za-z0-9+/]{43}=$/, event: /^msg_[0-9A-Za-z]{27}$/ },
  stripe: { endpoint: /^we_[0-9A-Za-z]{24}$/, secret: /^whsec_[0-9A-Za-z]{32}$/, event: /^evt_[0-9A-Za-z]{24}$/ },
  // GitHub hook ids count up from 1; GitHub makes no secret (the hook's creator supplies one).
  github: { endpoint: /^1$/, event: UUID },
  svix: { endpoint: /^ep_[0-9A-Za-z]{27}$/, secret: /^whsec_[A-Za-z0-9+/]{32}$/, event: /^msg_[0-9A-Za-z]{27}$/ },
};

const yard = useYard();

describe('id and secret formats', () => {
  it('covers every provider', () => {
    expect(Object.keys(formats).sort()).toEqual(
      builtInProfiles()
        .map((p) => p.id)
        .sort(),
    );
  });

  for (const profile of builtInProfiles()) {
    const format = formats[profile.id]!;
    it(`${profile.id}: endpoint ids, generated secrets and event ids keep their shape`, async () => {
      const handle = await yard.start();
      const [type] = profile.events.types;
      const created = await handle.api<{ status: number; secret?: string }>('POST', '/endpoints', {
        profile: profile.id,
        url: 'http://localhost:3000/hook',
        events: [type],
      });
      expect(created.status).toBeLessThan(300);
      const [endpoint] = await handle.api<Array<{ id: string }>>('GET', `/endpoints?profile=${profile.id}`);
      expect(endpoint!.id).toMatch(format.endpoint);
      if (profile.secret?.inResponse) expect(created.secret).toMatch(format.secret!);
      if (format.secret) expect(profile.secret?.generate?.((n) => randomBytes(n))).toMatch(format.secret);
      const fired = await handle.api<{ events: Array<{ id: string }> }>('POST', '/events', { profile: profile.id, type });
      expect(fired.events[0]!.id).toMatch(format.event);
    });
  }
});
