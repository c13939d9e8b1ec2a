import { describe, expect, it } from 'vitest';
import { signaProfile } from '../../../src/profiles/signa/index.js';
import { loadContracts, needsMount, runCase } from './contract-check.js';
import { makeCaller } from './support.js';

describe('signa contract fixtures (handlers only)', () => {
  const files = loadContracts('signa');
  it('exist and name the signa profile', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(f.profile, f.file).toBe('signa');
  });
  for (const file of files) {
    const cases = file.cases.filter((c) => !needsMount(signaProfile, c));
    it.each(cases.map((c) => [c.name, c] as const))(`${file.file}: %s (fresh state)`, async (_, c) => runCase(signaProfile, c));
    it(`${file.file}: every case passes with state shared across the file`, async () => {
      const caller = makeCaller(signaProfile);
      for (const c of cases) await runCase(signaProfile, c, caller);
    });
  }
});
