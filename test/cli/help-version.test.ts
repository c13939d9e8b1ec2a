import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runBinary } from '../support/run-binary.js';
import { parseDevFlags, settingNames } from '../../src/config/index.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

/** The flags a command file declares to parseFlags (`name: { type: ... }`, and `short: 'H'` as -H). */
function declaredFlags(command: string): string[] {
  const source = readFileSync(new URL(`../../src/cli/commands/${command}-command.ts`, import.meta.url), 'utf8');
  const options = [...source.matchAll(/(?:'([\w-]+)'|\b(\w+))\s*:\s*\{\s*type:\s*'(?:string|boolean)'([^}]*)\}/g)];
  return options.flatMap((m) => {
    const short = /short:\s*'(\w)'/.exec(m[3]!)?.[1];
    return [`--${m[1] ?? m[2]}`, ...(short ? [`-${short}`] : [])];
  });
}

/** Every flag each command accepts; each must have its own described line in the command's help. */
const FLAGS: Record<string, string[]> = {
  // Every setting resolveConfig knows, so a new setting without a flag or a help line fails here.
  dev: [...settingNames().map((s) => s.flag), '--no-open', '--config'],
  ...Object.fromEntries(['sign', 'verify', 'trigger', 'listen', 'test', 'profiles', 'schemes'].map((c) => [c, declaredFlags(c)])),
};

/** Each command's help, as the binary printed it (filled by the first help test, reused by the next). */
const helps = new Map<string, string>();

describe('hookyard --version and help', () => {
  it('prints the package version for --version, -v and version', async () => {
    const runs = await Promise.all(['--version', '-v', 'version'].map((arg) => runBinary([arg])));
    for (const r of runs) {
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`hookyard ${pkg.version}\n`);
    }
  });

  it('"help COMMAND" prints that command\'s help, the same as "COMMAND --help"', async () => {
    const names = Object.keys(FLAGS);
    const [general, ...outputs] = await Promise.all([
      runBinary(['help']),
      ...names.flatMap((name) => [runBinary(['help', name]), runBinary([name, '--help'])]),
    ]);
    names.forEach((name, i) => {
      const [viaHelp, viaFlag] = [outputs[2 * i]!, outputs[2 * i + 1]!];
      expect(viaHelp.code, name).toBe(0);
      expect(viaHelp.stdout).toBe(viaFlag.stdout);
      expect(viaHelp.stdout).not.toBe(general!.stdout);
      expect(viaHelp.stdout).toMatch(/^Usage: hookyard /);
      helps.set(name, viaHelp.stdout);
    });
    const unknown = await runBinary(['help', 'triger']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "triger"; did you mean "trigger"\?/);
  });

  it('finds the flags each command declares', () => {
    expect(FLAGS.verify).toEqual(expect.arrayContaining(['--scheme', '--secret', '--header', '-H', '--body', '--json']));
    expect(FLAGS.listen).toEqual(['--forward-to', '--channel', '--server']);
  });

  it('describes every flag of every command on its own line', async () => {
    for (const [name, flags] of Object.entries(FLAGS)) {
      const stdout = helps.get(name) ?? (await runBinary(['help', name])).stdout;
      for (const flag of flags) {
        // A flag line: indented, starting with a flag, naming this one, then words that describe it.
        const line = stdout.split('\n').find((l) => /^\s+-/.test(l) && new RegExp(`(^|[\\s(,;])${flag}(?![\\w-])`).test(l));
        expect(line, `${name} ${flag}`).toBeDefined();
        expect(line!.trim().split(/\s{2,}/)[1]?.length ?? 0, `${name} ${flag} has a description: ${line}`).toBeGreaterThan(8);
      }
    }
  });

  it('accepts every setting as a dev flag', () => {
    for (const { flag } of settingNames()) {
      const boolean = ['--strict-port', '--memory', '--open'].includes(flag);
      expect(Object.keys(parseDevFlags([flag, ...(boolean ? [] : ['x'])])), flag).toEqual([flag]);
    }
  });

  it('suggests the closest flag or command for a typo, exit 2', async () => {
    const [prot, forward, far, cmd] = await Promise.all([
      runBinary(['--prot', '4401']),
      runBinary(['listen', '--forwad-to', 'http://127.0.0.1:1/']),
      runBinary(['trigger', 'user.created', '--zzzzzz']),
      runBinary(['verfy']),
    ]);
    expect(prot.code).toBe(2);
    expect(prot.stderr).toMatch(/unknown flag --prot; did you mean "--port"\?/);
    expect(forward.code).toBe(2);
    expect(forward.stderr).toMatch(/unknown flag --forwad-to; did you mean "--forward-to"\?/);
    expect(far.stderr).toMatch(/unknown flag --zzzzzz \(see --help/);
    expect(cmd.code).toBe(2);
    expect(cmd.stderr).toMatch(/unknown command "verfy"; did you mean "verify"\?/);
  });
});
