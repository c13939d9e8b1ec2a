import { sign } from '../../src/index.js';
import { describe, expect, it } from 'vitest';
import { channelProblems, ConfigError, resolveConfig } from '../../src/config/index.js';

import { startHookyard } from '../../src/server/start-hookyard.js';

const withFile = (data: unknown) => () => JSON.stringify(data);

function problemsOf(data: unknown): string[] {
  try {
    resolveConfig({ flags: {}, env: {}, cwd: '/w', readFile: withFile(data) });
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

const inline = {
  id: 'acme',
  algorithm: 'hmac-sha256',
  key: { format: 'utf8' },
  content: '{body}',
  encoding: 'hex',
  signature: { header: ['X-Acme-Signature'], format: { kind: 'prefixed', prefix: 'sha256=' } },
};

describe('channel settings in hookyard.config.json', () => {
  it("reports a bad scheme with the file's other problems, each with its key path", () => {
    const problems = problemsOf({
      port: 'x',
      channels: {
        pay: { scheme: 'strpe' },
        ok: { scheme: 'stripe', secrets: ['whsec_a'] },
        bad: { secrets: [''], response: { status: 42 } },
      },
    });
    expect(problems).toEqual([
      '/w/hookyard.config.json key "port" must be an integer from 0 to 65535, got "x"',
      expect.stringMatching(/key "channels.pay.scheme" is "strpe", which is not a known scheme; did you mean "stripe"\?/),
      '/w/hookyard.config.json key "channels.bad.secrets" must be an array of non-empty strings (current first)',
      '/w/hookyard.config.json key "channels.bad.response.status" must be a final HTTP status from 200 to 599',
    ]);
  });

  it('takes a preset id or an inline scheme object, never a file path', () => {
    expect(channelProblems('a', { scheme: 'standard-webhooks' })).toEqual([]);
    expect(channelProblems('a', { scheme: inline })).toEqual([]);
    const scheme = (message: unknown) => [{ path: 'scheme', message }];
    expect(channelProblems('a', { scheme: './schemes/acme.json' })).toEqual(scheme(expect.stringMatching(/not a file path/)));
    expect(channelProblems('a', { scheme: 42 })).toEqual(scheme(expect.stringMatching(/preset id .* or an inline scheme object/)));
    const encoding = [{ path: 'scheme.encoding', message: 'must be one of hex, base64, base64url' }];
    expect(channelProblems('a', { scheme: { ...inline, encoding: 'rot13' } })).toEqual(encoding);
    expect(channelProblems('a', { secret: ['x'] })).toEqual([{ path: 'secret', message: expect.stringMatching(/did you mean "secrets"/) }]);
    expect(channelProblems('bad name', {})).toEqual([{ path: '', message: expect.stringMatching(/channel name "bad name"/) }]);
  });

  it('verifies captures on a channel with an inline scheme', async () => {
    const readFile = withFile({ channels: { acme: { scheme: inline, secrets: ['acme-secret'] } } });
    const config = resolveConfig({ flags: {}, env: {}, cwd: '/w', readFile });
    const yard = await startHookyard({ port: 0, memory: true, channels: config.channels });
    try {
      const body = '{"hello":"acme"}';
      const headers = sign(inline as never, { body, secret: 'acme-secret', now: Date.now() });
      expect(Object.keys(headers)).toEqual(['X-Acme-Signature']);
      await fetch(`${yard.url}/in/acme`, { method: 'POST', headers, body });
      await fetch(`${yard.url}/in/acme`, { method: 'POST', headers, body: `${body} ` });
      const { items } = await yard.api<{ items: Array<{ verdict: { ok: boolean; scheme: string } }> }>('GET', '/captures?channel=acme');
      expect(items.map((c) => c.verdict.ok).sort()).toEqual([false, true]);
      expect(items[0]!.verdict.scheme).toBe('acme');
      await expect(yard.api('PUT', '/channels/x', { scheme: '/etc/scheme.json' })).rejects.toMatchObject({ status: 400 });
    } finally {
      await yard.close();
    }
  });
});

describe('profile settings in hookyard.config.json', () => {
  const ids = ['signa', 'signalbase', 'alerting', 'pipai', 'appkit'];
  const problemsWith = (data: unknown) => {
    try {
      resolveConfig({ flags: {}, env: {}, cwd: '/w', readFile: withFile(data), profileIds: ids });
    } catch (error) {
      if (error instanceof ConfigError) return error.problems;
      throw error;
    }
    return [];
  };

  it('reports unknown profiles, wrong shapes and mistyped keys together, each with its key path', () => {
    expect(
      problemsWith({
        prot: 4400,
        profiles: {
          signalbse: {},
          signa: null,
          appkit: { apiKeys: [{ key: 'ab' }, 'x'], endpoint: [] },
          pipai: { endpoints: [{ url: 'http://localhost:3000/h' }, { body: 'raw' }] },
        },
      }),
    ).toEqual([
      expect.stringMatching(/unknown key "prot" \(did you mean "port"\?\)/),
      expect.stringMatching(/key "profiles.signalbse" is not a profile; did you mean "signalbase"\?/),
      '/w/hookyard.config.json key "profiles.signa" must be an object {"apiKeys": [...], "endpoints": [...]}',
      expect.stringMatching(/key "profiles.appkit.endpoint" is not a profile setting \(apiKeys, endpoints\); did you mean "endpoints"\?/),
      '/w/hookyard.config.json key "profiles.appkit.apiKeys[0].key" must be a string of at least 4 characters',
      expect.stringMatching(/key "profiles.appkit.apiKeys\[1\]" must be an object/),
      expect.stringMatching(/key "profiles.pipai.endpoints\[0\]" needs "url" \(a string\) and "events"/),
      expect.stringMatching(/key "profiles.pipai.endpoints\[1\].body" must be the profile's own create body/),
    ]);
  });

  it('accepts the documented shapes', () => {
    expect(
      problemsWith({
        profiles: {
          signalbase: {
            apiKeys: [
              { key: 'sb_expired', flags: { subscriptionExpired: true } },
              { key: 'sb_ro', scopes: ['webhooks:read'], team: 'x' },
            ],
          },
          pipai: {
            apiKeys: [{ key: 'pk_team', apiSecret: 'sk_team' }],
            endpoints: [{ id: 'wh_team01', secret: 's', url: 'https://example.com/team', events: ['*'] }],
          },
          appkit: { endpoints: [{ appId: 'app_1', body: { url: 'http://localhost:3000/h', events: ['user.created'] } }] },
        },
      }),
    ).toEqual([]);
  });
});
