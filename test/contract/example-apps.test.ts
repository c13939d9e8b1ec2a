import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInProfiles } from '../../src/profiles/registry.js';
import { prepareSuite, runSuite, type SuiteReport } from '../../src/contract/index.js';
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

/** The pinned secret, else one in the provider's own format (its definition's `secret.generate`). */
function secretFor(profile: string): string {
  const fill = (n: number) => new Uint8Array(n).fill(7);
  const made = builtInProfiles()
    .find((p) => p.id === profile)
    ?.secret?.generate?.(fill);
  return SECRETS[profile] ?? made ?? `whsec_${Buffer.from(fill(24)).toString('base64')}`;
}

async function suite(profile: string, app: { fetch(r: Request): Response | Promise<Response> }): Promise<SuiteReport> {
  const url = 'http://localhost/webhooks';
  const { scheme, cases } = await prepareSuite({ profile, secret: secretFor(profile), url, now: Date.now() });
  return runSuite({ target: (r) => app.fetch(r), url, cases, schemeName: scheme.name, timeoutMs: 5000 });
}

function failures(report: SuiteReport): Record<string, string> {
  return Object.fromEntries(report.results.filter((r) => !r.pass && !r.skipped).map((r) => [r.variant, r.why ?? '']));
}

/** Every registered provider with a correct example handler in fixtures/apps/correct/<id>.ts. */
const correct = builtInProfiles()
  .map((p) => p.id)
  .filter((id) => existsSync(new URL(`../../fixtures/apps/correct/${id}.ts`, import.meta.url)));

describe('contract suite against the example handlers', () => {
  it('finds the example handlers of the seed providers', () => {
    expect(correct).toEqual(expect.arrayContaining(Object.keys(SECRETS)));
  });
  for (const profile of correct) {
    it(`passes the correct ${profile} handler on every case`, async () => {
      const mod = (await import(`../../fixtures/apps/correct/${profile}.ts`)) as {
        createApp(secret: string): { fetch(r: Request): Response | Promise<Response> };
      };
      const report = await suite(profile, mod.createApp(secretFor(profile)));
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
