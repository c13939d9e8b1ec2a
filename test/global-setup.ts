import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** CLI tests spawn dist/cli/main.js; build it when a plain `vitest` run finds none. */
export default function setup(): void {
  if (!existsSync(new URL('../dist/cli/main.js', import.meta.url))) {
    execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'src/tsconfig.build.json'], { stdio: 'inherit' });
  }
}
