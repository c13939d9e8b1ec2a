import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInProfiles } from '../../src/profiles/registry.js';

const root = join(import.meta.dirname, '../..');
const ids = builtInProfiles().map((p) => p.id);

/**
 * Signature schemes are data named after whoever signs that way (`--scheme stripe` verifies a
 * real Stripe webhook whether or not hookyard mocks Stripe's API), so the signing layer's preset
 * catalogue and its scheme-specific hints may name them. Nothing else outside the provider folders may.
 */
const SCHEME_CATALOGUE = ['src/signing/'];

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
  it('finds no provider id outside src/profiles/ (and the signing schemes)', () => {
    const files = [...sourceFiles('src'), ...sourceFiles('web/src')].filter((f) => !SCHEME_CATALOGUE.some((c) => f.startsWith(c)));
    expect(files.length).toBeGreaterThan(50);
    expect(providerNameHits(files, ids)).toEqual([]);
  });

  it('catches an id used as a word, and not inside another word', () => {
    const sample = 'test/architecture/provider-names.sample.txt';
    expect(providerNameHits([sample], ['pipai', 'signa']).map((h) => h.replace(/^.*?:(\d+):.*$/, '$1'))).toEqual(['1', '2']);
  });
});
