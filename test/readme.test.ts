import { knownSchemes } from '../src/profiles/schemes.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInProfiles } from '../src/profiles/registry.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('keeps the two-command quick start', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
  });

  it('lists every inferred behaviour of every profile, word for word', () => {
    for (const profile of builtInProfiles()) {
      for (const note of profile.inferred) expect(readme, `${profile.id}: ${note.slice(0, 60)}…`).toContain(note);
    }
  });

  it('documents every signature preset', () => {
    for (const scheme of knownSchemes.list()) expect(readme, scheme.id).toContain(`\`${scheme.id}\``);
  });
});
