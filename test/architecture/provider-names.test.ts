import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInProfiles } from '../../src/profiles/registry.js';
import { builtInSchemes } from '../../src/signing/index.js';

const root = join(import.meta.dirname, '../..');
const ids = builtInProfiles().map((p) => p.id);

/**
 * The signature engine's presets are named after whoever signs that way in the world
 * (`--scheme stripe` verifies a real Stripe webhook whether or not hookyard mocks Stripe's API), so
 * `src/signing/` may name a provider only where a preset carries that name; a provider's own scheme
 * (a seed's) lives in its folder.
 */
const SCHEME_CATALOGUE = 'src/signing/';
const presetIds = new Set(builtInSchemes.map((s) => s.id));

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return path === 'src/profiles' ? [] : sourceFiles(path);
    return /\.(ts|js|json|css|html)$/.test(entry.name) ? [path] : [];
  });
}

/** `file:line: text` for every line naming a provider id as a word (`pipai-signed` counts). */
function providerNameHits(files: readonly string[], providerIds: readonly string[]): string[] {
  const word = new RegExp(`(?<![\\w.$/])(?:${providerIds.join('|')})(?![\\w$])`);
  return files.flatMap((file) =>
    readFileSync(join(root, file), 'utf8')
      .split('\n')
      .flatMap((line, i) => (word.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
  );
}

describe('architecture: provider names', () => {
  it('finds no provider id outside src/profiles/, and in src/signing/ only the names of presets', () => {
    const files = [...sourceFiles('src'), ...sourceFiles('web/src')];
    const elsewhere = files.filter((f) => !f.startsWith(SCHEME_CATALOGUE));
    expect(elsewhere.length).toBeGreaterThan(50);
    expect(providerNameHits(elsewhere, ids)).toEqual([]);
    const signing = files.filter((f) => f.startsWith(SCHEME_CATALOGUE));
    expect(signing.length).toBeGreaterThan(20);
    expect(
      providerNameHits(
        signing,
        ids.filter((id) => !presetIds.has(id)),
      ),
    ).toEqual([]);
  });

  it('catches an id used as a word, and not inside another word', () => {
    const sample = 'test/architecture/provider-names.sample.txt';
    expect(providerNameHits([sample], ['pipai', 'signa']).map((h) => h.replace(/^.*?:(\d+):.*$/, '$1'))).toEqual(['1', '2']);
  });
});
