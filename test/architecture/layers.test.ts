import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The layers of `src/`, lowest first. A file may import from its own layer or a lower one, never
 * a higher one. Each entry is a folder or a file under `src/`; the longest matching entry names a
 * file's layer. The README's "Layers" list shows the same order (checked below).
 */
const LAYERS: readonly (readonly string[])[] = [
  ['plumbing', 'clock', 'guard', 'signing', 'package-root.ts'],
  ['storage'],
  ['profiles/types.ts', 'profiles/definition'],
  ['profiles'],
  ['config'],
  ['capture', 'delivery', 'stream'],
  ['contract'],
  ['server'],
  ['cli'],
  ['index.ts', 'testing'],
];

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The layer index of a path relative to `src/` (posix), or -1 when no entry covers it. */
function layerOf(path: string): number {
  let best = { index: -1, length: -1 };
  LAYERS.forEach((entries, index) => {
    for (const entry of entries) {
      const covers = path === entry || path.startsWith(`${entry}/`);
      if (covers && entry.length > best.length) best = { index, length: entry.length };
    }
  });
  return best.index;
}

/** Every relative module specifier in a file: static imports and re-exports (type-only too), and dynamic imports. */
function specifiers(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) if (match[1]!.startsWith('.')) found.push(match[1]!);
  return found;
}

interface Finding {
  file: string;
  imports: string;
  problem: string;
}

/** Upward imports (and files no layer covers) in a source tree. */
function layerFindings(srcDir: string): Finding[] {
  const findings: Finding[] = [];
  for (const path of tsFiles(srcDir)) {
    const file = relative(srcDir, path).split(sep).join('/');
    const from = layerOf(file);
    if (from < 0) {
      findings.push({ file, imports: '', problem: 'belongs to no layer: add it to LAYERS and the README' });
      continue;
    }
    for (const spec of specifiers(readFileSync(path, 'utf8'))) {
      const target = posix.normalize(posix.join(posix.dirname(file), spec)).replace(/\.js$/, '.ts');
      if (target.startsWith('..')) continue;
      const to = layerOf(target);
      if (to > from) findings.push({ file, imports: target, problem: `layer ${from + 1} imports layer ${to + 1}` });
    }
  }
  return findings;
}

describe('layers', () => {
  it('has no upward import and no file outside a layer in src/', () => {
    expect(layerFindings(SRC)).toEqual([]);
  });

  it('reports an upward import, a type-only one and a dynamic one', () => {
    const root = mkdtempSync(join(tmpdir(), 'hookyard-layers-'));
    try {
      const write = (file: string, text: string): void => {
        mkdirSync(dirname(join(root, file)), { recursive: true });
        writeFileSync(join(root, file), text);
      };
      write('server/event-hub.ts', 'export class EventHub {}\n');
      write('capture/handler.ts', "import type { EventHub } from '../server/event-hub.js';\n");
      write('stream/stream.ts', "export { EventHub } from '../server/event-hub.js';\n");
      write('delivery/late.ts', "const m = await import('../cli/run.js');\n");
      write('cli/run.ts', "import { EventHub } from '../server/event-hub.js';\n");
      write('elsewhere/x.ts', '\n');
      const findings = layerFindings(root);
      expect(findings.map((f) => `${f.file} → ${f.imports}`).sort()).toEqual([
        'capture/handler.ts → server/event-hub.ts',
        'delivery/late.ts → cli/run.ts',
        'elsewhere/x.ts → ',
        'stream/stream.ts → server/event-hub.ts',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('is the order the README shows', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const block = /<!-- layers -->\n([\s\S]*?)<!-- \/layers -->/.exec(readme)?.[1] ?? '';
    const shown = [...block.matchAll(/^\d+\. (.+)$/gm)].map((m) => [...m[1]!.matchAll(/`([^`]+)`/g)].map((c) => c[1]!.replace(/\/$/, '')));
    expect(shown).toEqual(LAYERS);
  });
});
