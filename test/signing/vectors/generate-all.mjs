// Regenerates every fixtures/signatures/*.json: node test/signing/vectors/generate-all.mjs
// Regenerated files are byte-identical (ECDSA keeps its stored signatures while they verify).
import { readdirSync } from 'node:fs';

const here = new URL('./', import.meta.url);
for (const name of readdirSync(here)
  .filter((n) => n.startsWith('generate-') && n !== 'generate-all.mjs')
  .sort()) {
  await import(new URL(name, here).href);
}
