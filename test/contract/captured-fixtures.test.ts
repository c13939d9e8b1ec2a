import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareSuite, runSuite } from '../../src/contract/index.js';
import { startHookyard } from '../../src/server/start-hookyard.js';
import { createApp } from '../../fixtures/apps/correct/alerting.js';

describe('captures saved as fixtures', () => {
  it('replay through the contract suite byte-exact', async () => {
    const yard = await startHookyard({ port: 0, memory: true });
    const body = '{"id":"real-delivery","type":"alert.triggered","data":{"note":"caf\\u00e9 — captured"}}';
    await fetch(`${yard.url}/in/recorded`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const page = await yard.api<{ items: Array<{ id: string }> }>('GET', '/captures?channel=recorded');
    const fixture = await yard.api<{ format: string; name: string; bodyBase64: string }>('GET', `/captures/${page.items[0]!.id}/fixture`);
    await yard.close();
    const dir = mkdtempSync(join(tmpdir(), 'hookyard-fixtures-'));
    writeFileSync(join(dir, `${fixture.name}.json`), JSON.stringify(fixture));

    const secret = 'whsec_shared_alerting_secret';
    const { scheme, cases } = await prepareSuite({
      profile: 'alerting',
      secret,
      fixturesDir: dir,
      url: 'http://localhost/webhooks',
      now: Date.now(),
    });
    const genuine = cases.find((c) => c.fixture === fixture.name && c.variant === 'genuine')!;
    expect(Buffer.from(genuine.requests[0]!.body).toString()).toBe(body);
    const app = createApp(secret);
    const report = await runSuite({
      target: (r) => app.fetch(r),
      url: 'http://localhost/webhooks',
      cases: cases.filter((c) => c.fixture === fixture.name),
      schemeName: scheme.name,
    });
    expect(report.failed).toBe(0);
    expect(report.passed).toBeGreaterThan(5);
  });
});
