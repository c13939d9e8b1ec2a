import { describe, expect, it } from 'vitest';
import { alertingProfile } from '../../../src/profiles/alerting/index.js';
import { loadContracts, needsMount, runCase } from '../signa/contract-check.js';
import { makeCaller } from '../signa/support.js';

describe('alerting contract fixtures (handlers only)', () => {
  const files = loadContracts('alerting');
  it('exist and name the alerting profile', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(f.profile, f.file).toBe('alerting');
  });
  for (const file of files) {
    const cases = file.cases.filter((c) => !needsMount(alertingProfile, c));
    it.each(cases.map((c) => [c.name, c] as const))(`${file.file}: %s (fresh state)`, async (_, c) => runCase(alertingProfile, c));
    it(`${file.file}: every case passes with state shared across the file`, async () => {
      const caller = makeCaller(alertingProfile);
      for (const c of cases) await runCase(alertingProfile, c, caller);
    });
  }
});
