import { describe, expect, it } from 'vitest';
import { prepareSuite, runSuite, type SuiteReport } from '../../src/contract/index.js';
import * as correctSigna from '../../fixtures/apps/correct/signa.js';
import * as correctSignalbase from '../../fixtures/apps/correct/signalbase.js';
import * as correctAlerting from '../../fixtures/apps/correct/alerting.js';
import * as correctPipai from '../../fixtures/apps/correct/pipai.js';
import * as correctAppkit from '../../fixtures/apps/correct/appkit.js';
import * as reserializes from '../../fixtures/apps/broken/reserializes-json.js';
import * as skipsTimestamp from '../../fixtures/apps/broken/skips-timestamp.js';
import * as wrongEncoding from '../../fixtures/apps/broken/wrong-encoding.js';
import * as acceptsUnsigned from '../../fixtures/apps/broken/accepts-unsigned.js';

const SECRETS: Record<string, string> = {
  signa: 'whsec_Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0',
  signalbase: '3f9a1c7e-2b4d-4e6a-9f1b-8c2d3e4f5a6b',
  alerting: 'whsec_abc123def456',
  pipai: 'k3mB2xQ9rFvT7nLpJhYwS4eUaC1oZ8dRgI6XbN0M',
  appkit: `whsec_${Buffer.alloc(32, 7).toString('base64')}`,
};

async function suite(profile: string, app: { fetch(r: Request): Response | Promise<Response> }): Promise<SuiteReport> {
  const url = 'http://localhost/webhooks';
  const { scheme, cases } = await prepareSuite({ profile, secret: SECRETS[profile]!, url, now: Date.now() });
  return runSuite({ target: (r) => app.fetch(r), url, cases, schemeName: scheme.name, timeoutMs: 5000 });
}

function failures(report: SuiteReport): Record<string, string> {
  return Object.fromEntries(report.results.filter((r) => !r.pass && !r.skipped).map((r) => [r.variant, r.why ?? '']));
}

describe('contract suite against the example handlers', () => {
  const correct = {
    signa: correctSigna,
    signalbase: correctSignalbase,
    alerting: correctAlerting,
    pipai: correctPipai,
    appkit: correctAppkit,
  };
  for (const [profile, mod] of Object.entries(correct)) {
    it(`passes the correct ${profile} handler on every case`, async () => {
      const report = await suite(profile, mod.createApp(SECRETS[profile]!));
      expect(failures(report)).toEqual({});
      expect(report.passed).toBeGreaterThanOrEqual(8);
      expect(report.results.map((r) => r.variant)).toEqual(
        expect.arrayContaining(['genuine', 'tampered body', 'wrong secret', 'missing signature header', 'redelivery of the same event id']),
      );
    });
  }

  it('fails a handler that verifies re-serialized JSON, naming it', async () => {
    const f = failures(await suite('signa', reserializes.createApp(SECRETS.signa!)));
    expect(Object.keys(f)).toEqual(expect.arrayContaining(['genuine, pretty-printed JSON']));
    expect(f['genuine, pretty-printed JSON']).toMatch(/verifies a re-serialized body.*raw request bytes/);
    expect(f['tampered body']).toBeUndefined();
  });

  it('fails a handler that skips the timestamp check, naming it', async () => {
    const f = failures(await suite('signalbase', skipsTimestamp.createApp(SECRETS.signalbase!)));
    expect(Object.keys(f).sort()).toEqual(['future timestamp', 'stale timestamp']);
    expect(f['stale timestamp']).toMatch(/skips the timestamp check.*replayed/);
  });

  it('fails a handler that compares with === on a different encoding', async () => {
    const f = failures(await suite('pipai', wrongEncoding.createApp(SECRETS.pipai!)));
    expect(f.genuine).toMatch(/rejected a correctly signed event \(401\).*same secret, the PipAI scheme/);
    expect(f['tampered body']).toBeUndefined();
  });

  it('fails a handler that accepts unsigned requests, naming it', async () => {
    const f = failures(await suite('appkit', acceptsUnsigned.createApp(SECRETS.appkit!)));
    expect(Object.keys(f)).toEqual(['missing signature header']);
    expect(f['missing signature header']).toMatch(/skips the check when the header is missing/);
  });
});
