import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHookyard, type HookyardHandle } from '../../src/server/start-hookyard.js';
import { usage } from '../../src/cli/run.js';
import { settingNames } from '../../src/config/index.js';
import { builtInProfiles } from '../../src/profiles/registry.js';
import { BIN } from '../support/run-binary.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

interface Step {
  commands: string;
  /** The `# …` lines right under the commands: what they print ("…" elides). */
  expected: string[];
}

/** The shell blocks marked `<!-- readme-example -->`, cut into steps: commands, then the output they show. */
function examples(): Step[][] {
  const blocks = [...readme.matchAll(/<!-- readme-example -->\n```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
  return blocks.map((block) => {
    const steps: Step[] = [];
    let current: Step | null = null;
    for (const line of block.split('\n')) {
      if (line.trim() === '') current = null;
      else if (line.startsWith('#')) {
        if (current) current.expected.push(line.replace(/^#\s?/, ''));
      } else if (current && current.expected.length === 0) current.commands += `\n${line}`;
      else steps.push((current = { commands: line, expected: [] }));
    }
    return steps;
  });
}

function bash(script: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', `set -eo pipefail\nhookyard() { "${process.execPath}" "${BIN}" "$@"; }\n${script}`]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Each "…"-separated piece of the shown output appears in the real output, in order. */
function expectShown(stdout: string, expected: string[]): void {
  const actual = squash(stdout);
  let at = 0;
  for (const piece of squash(expected.join(' '))
    .split('…')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const found = actual.indexOf(piece, at);
    expect(found, `"${piece}" in ${actual}`).toBeGreaterThanOrEqual(0);
    at = found + piece.length;
  }
}

let yard: HookyardHandle;
beforeAll(async () => {
  yard = await startHookyard({ port: 0, memory: true });
});
afterAll(() => yard.close());

describe('README examples', () => {
  it('has runnable blocks: the endpoint curls and the sign/verify walk-through', () => {
    const all = examples()
      .flat()
      .map((s) => s.commands)
      .join('\n');
    expect(all).toContain('http://127.0.0.1:4400/_yard/api/endpoints');
    expect(all).toMatch(/hookyard verify .*\n.*-H 'Stripe-Signature: t=1614265330,v1=[0-9a-f]{64}'/);
  });

  it('print what they show when pasted as written', async () => {
    for (const steps of examples()) {
      for (const step of steps) {
        const r = await bash(step.commands.replaceAll('http://127.0.0.1:4400', yard.url));
        const invalid = step.expected[0]?.startsWith('✗') ?? false;
        expect(r.code, `${step.commands}\n${r.stderr}${r.stdout}`).toBe(invalid ? 1 : 0);
        expectShown(r.stdout, step.expected);
      }
    }
    // Every profile got an endpoint from the README's curls: a new profile needs its curl there.
    const endpoints = await yard.api<Array<{ profile: string }>>('GET', '/endpoints');
    expect([...new Set(endpoints.map((e) => e.profile))].sort()).toEqual(
      builtInProfiles()
        .map((p) => p.id)
        .sort(),
    );
  });

  it('lists every setting in the configuration table: flag, env and config key', () => {
    const rows = readme.split('\n').filter((l) => l.startsWith('| `--'));
    for (const { key, flag, env } of settingNames()) {
      const row = rows.find((r) => r.startsWith(`| \`${flag}`));
      expect(row, flag).toBeDefined();
      expect(row, flag).toContain(`\`${env}\``);
      expect(row, flag).toContain(`| \`${key}\` |`);
    }
  });

  it('documents every command, --version and running with npx', () => {
    for (const [, name] of usage.matchAll(/^ {2}hookyard (\w+)/gm)) expect(readme, name).toContain(`hookyard ${name}`);
    expect(readme).toContain('hookyard --version');
    expect(readme).toContain(`npx --yes ./hookyard-${pkg.version}.tgz`);
    expect(readme).toContain(`npx --yes --package=./hookyard-${pkg.version}.tgz hookyard`);
  });
});
