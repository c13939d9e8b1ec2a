import { describe, expect, it } from 'vitest';
import { appkitProfile } from '../../../src/profiles/appkit/index.js';
import { loadContracts, needsMount, runCase } from '../signa/contract-check.js';
import { makeCaller } from '../signa/support.js';

describe('appkit contract fixtures (handlers only)', () => {
  const files = loadContracts('appkit');
  it('exist and name the appkit profile', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(f.profile, f.file).toBe('appkit');
  });
  for (const file of files) {
    const cases = file.cases.filter((c) => !needsMount(appkitProfile, c));
    it.each(cases.map((c) => [c.name, c] as const))(`${file.file}: %s (fresh state)`, async (_, c) => runCase(appkitProfile, c));
    it(`${file.file}: every case passes with state shared across the file`, async () => {
      const caller = makeCaller(appkitProfile);
      for (const c of cases) await runCase(appkitProfile, c, caller);
    });
  }
});
