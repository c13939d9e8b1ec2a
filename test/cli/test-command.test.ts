import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp as correctSigna } from '../../fixtures/apps/correct/signa.js';
import { createApp as skipsTimestamp } from '../../fixtures/apps/broken/skips-timestamp.js';
import { runBinary } from '../support/run-binary.js';

const servers: ServerType[] = [];
function listen(app: { fetch: (r: Request) => Response | Promise<Response> }): Promise<string> {
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      resolve(`http://127.0.0.1:${info.port}/webhooks`),
    );
    servers.push(server);
  });
}
afterAll(() => {
  for (const s of servers) s.close();
});

describe('hookyard test', () => {
  it('exits 0 with a table when a real handler passes every case', async () => {
    const secret = 'whsec_Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0';
    const url = await listen(correctSigna(secret));
    const r = await runBinary(['test', url, '--profile', 'signa', '--secret', secret]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/✓ .*genuine, pretty-printed JSON/);
    expect(r.stdout).toMatch(/\d+ passed, 0 failed/);
  });

  it('exits 1 with JUnit XML naming the skipped timestamp check', async () => {
    const secret = '3f9a1c7e-2b4d-4e6a-9f1b-8c2d3e4f5a6b';
    const url = await listen(skipsTimestamp(secret));
    const r = await runBinary(['test', url, '--profile', 'signalbase', '--secret', secret, '--reporter', 'junit']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^<\?xml/);
    expect(r.stdout).toMatch(
      /<failure message="expected 4xx, got 200">your handler accepted a stale timestamp: it skips the timestamp check/,
    );
  });

  it('honours per-case overrides and the json reporter', async () => {
    const secret = '3f9a1c7e-2b4d-4e6a-9f1b-8c2d3e4f5a6b';
    const url = await listen(skipsTimestamp(secret));
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'hookyard-contract-'));
    writeFileSync(join(dir, 'overrides.json'), JSON.stringify({ cases: { 'stale timestamp': 'skip', 'future timestamp': '2xx' } }));
    const r = await runBinary([
      'test',
      url,
      '--profile',
      'signalbase',
      '--secret',
      secret,
      '--reporter',
      'json',
      '--config',
      join(dir, 'overrides.json'),
    ]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { failed: number; skipped: number };
    expect(report).toMatchObject({ failed: 0 });
    expect(report.skipped).toBeGreaterThan(0);
  });

  it('reports an unreachable handler and usage errors', async () => {
    const down = await runBinary(['test', 'http://127.0.0.1:9/webhooks', '--scheme', 'github', '--secret', 'k', '--timeout', '2000']);
    expect(down.code).toBe(1);
    expect(down.stdout).toMatch(/could not be reached/);
    for (const args of [
      ['test'],
      ['test', 'not a url', '--profile', 'signa', '--secret', 's'],
      ['test', 'http://x.test', '--secret', 's'],
      ['test', 'http://x.test', '--profile', 'nope', '--secret', 's'],
      ['test', 'http://x.test', '--profile', 'signa', '--secret', 's', '--reporter', 'tap'],
    ]) {
      const r = await runBinary(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/Usage: hookyard test/);
    }
  });
});
