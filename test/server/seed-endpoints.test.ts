import { verify } from '../../src/index.js';
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { openDataDir } from '../../src/storage/index.js';
import { startHookyard } from '../../src/server/start-hookyard.js';
import { receiver } from '../delivery/receiver.js';

describe('endpoints from hookyard.config.json', () => {
  it('creates fixed endpoints with the shared ids and secrets, once', async () => {
    const app = await receiver();
    const profiles = {
      signalbase: {
        endpoints: [{ id: 'sb-team-endpoint', secret: '11111111-2222-4333-8444-555555555555', url: app.url, events: ['funding.created'] }],
      },
      appkit: {
        endpoints: [
          {
            id: 'ak-team',
            secret: `whsec_${Buffer.alloc(32, 9).toString('base64')}`,
            body: { url: app.url, events: ['user.created'] },
            appId: 'app_team',
          },
        ],
      },
    };
    const yard = await startHookyard({ port: 0, memory: true, profiles });
    const endpoints = await yard.api<Array<{ id: string; profile: string; scope?: { appId: string } }>>('GET', '/endpoints');
    expect(endpoints.map((e) => `${e.profile}:${e.id}`).sort()).toEqual(['appkit:ak-team', 'signalbase:sb-team-endpoint']);
    expect(endpoints.find((e) => e.id === 'ak-team')?.scope).toEqual({ appId: 'app_team' });
    await yard.api('POST', '/events', { profile: 'signalbase', type: 'funding.created' });
    const got = app.received[0]!;
    expect(
      verify('signalbase', {
        headers: got.headers as Record<string, string>,
        body: got.body,
        secrets: ['11111111-2222-4333-8444-555555555555'],
        now: Date.now(),
      }).ok,
    ).toBe(true);
    await yard.close();
    await app.close();
  });

  it('does not create them again when the data folder already has them', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'hookyard-seed-')), '.hookyard');
    const profiles = {
      pipai: {
        endpoints: [
          { id: 'wh_team01', secret: 'k3mB2xQ9rFvT7nLpJhYwS4eUaC1oZ8dRgI6XbN0M', url: 'https://example.com/team', events: ['*'] },
        ],
      },
    };
    for (let run = 0; run < 2; run++) {
      const yard = await startHookyard({ port: 0, profiles, openStorage: () => openDataDir({ dir, now: Date.now() }) });
      expect(await yard.api<unknown[]>('GET', '/endpoints?profile=pipai')).toHaveLength(1);
      await yard.close();
    }
  });

  it('refuses an endpoint the provider rejects, naming the config entry', async () => {
    await expect(
      startHookyard({ port: 0, memory: true, profiles: { pipai: { endpoints: [{ url: 'ftp://x', events: ['*'] }] } } }),
    ).rejects.toThrow(/profiles.pipai.endpoints\[0\]: PipAI refused it \(400\)/);
  });
});
