#!/usr/bin/env node
import { readFile } from 'node:fs/promises';
import { runCli } from './run.js';
import type { CliIo } from './io.js';

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const io: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin,
  readFile: async (path) => readFile(path),
  env: process.env,
  cwd: process.cwd(),
  now: () => Date.now(),
  isTTY: Boolean(process.stdout.isTTY),
};

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`hookyard: unexpected error: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
