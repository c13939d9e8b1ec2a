import { readFile } from 'node:fs/promises';
import { runCli } from '../../../src/cli/run.js';

/** Runs the CLI in-process with the real clock and network; captures what it prints. */
export async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readStdin: async () => new Uint8Array(),
    readFile: async (p) => readFile(p),
    env: {},
    cwd: process.cwd(),
    now: () => Date.now(),
    isTTY: false,
  });
  return { code, stdout, stderr };
}
