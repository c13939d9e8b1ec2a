import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string; bin: Record<string, string> };

/** A shell's environment without the npm run / vitest variables, preferring npm's cache to the registry. */
function npmEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !/^(npm_|VITEST|HOOKYARD_)/i.test(k)) env[k] = v;
  const quiet = { npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
  return { ...env, ...quiet, npm_config_prefer_offline: 'true' };
}

function run(command: string, args: string[], cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: npmEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let dir: string;
let tarball: string;
let files: string[];

// `npm test` builds first; packing skips `prepare` so it packs that build instead of making another.
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hookyard-pack-'));
  const packed = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], ROOT);
  expect(packed.code, packed.stderr).toBe(0);
  const [info] = JSON.parse(packed.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  tarball = info!.filename;
  files = info!.files.map((f) => f.path);
}, 60_000);

// A spec naming this run's own tarball gets its own npx install folder (npx keys them by the spec's
// text), so a parallel run elsewhere cannot swap the package under this one; removed afterwards.
const ownSpec = () => `file:${join(dir, tarball)}`;
afterAll(async () => {
  const cache = (await run('npm', ['config', 'get', 'cache'], dir)).stdout.trim();
  const hash = createHash('sha512').update(ownSpec()).digest('hex').slice(0, 16);
  if (cache) rmSync(join(cache, '_npx', hash), { recursive: true, force: true });
});

describe('the npm package', () => {
  it('ships the CLI, the LICENSE and the README, and no build leftovers', () => {
    expect(tarball).toBe(`${pkg.name}-${pkg.version}.tgz`);
    const needed = ['LICENSE', 'README.md', 'package.json', ...Object.values(pkg.bin), 'dist/index.js', 'dist/testing/index.js'];
    expect(files).toEqual(expect.arrayContaining(needed));
    expect(files.filter((f) => /tsbuildinfo/.test(f))).toEqual([]);
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
  });

  it('runs with `npx --yes ./hookyard-<version>.tgz`, as the README says', async () => {
    const version = await run('npx', ['--yes', `./${tarball}`, '--version'], dir);
    expect(version.stderr).not.toMatch(/could not determine executable|ERR!/);
    expect(version.stdout).toBe(`hookyard ${pkg.version}\n`);
    expect(version.code).toBe(0);
    const schemes = await run('npx', ['--yes', `--package=./${tarball}`, 'hookyard', 'schemes'], dir);
    expect(schemes.code).toBe(0);
    expect(schemes.stdout).toMatch(/^standard-webhooks /m);
  }, 60_000);

  it('serves the workbench from the installed package (inspector, fixtures) and stops on Ctrl-C', async () => {
    // Its own process group, as a terminal runs it: Ctrl-C signals the whole group (npx and hookyard).
    const env = { ...npmEnv(), HOOKYARD_TEST_MODE: '1' };
    const child = spawn('npx', ['--yes', ownSpec(), '--memory', '--port', '0', '--no-open'], { cwd: dir, env, detached: true });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /listening on (http:\/\/\S+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.stderr.on('data', (d: Buffer) => (out += d.toString()));
      child.on('exit', () => reject(new Error(`npx exited: ${out}`)));
    });
    try {
      const page = await fetch(`${url}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/<html/i);
      // Firing a catalogue event reads the fixtures shipped in the package.
      const body = JSON.stringify({ profile: 'appkit', type: 'user.created' });
      const fired = await fetch(`${url}/_yard/api/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(fired.status).toBe(201);
    } finally {
      process.kill(-child.pid!, 'SIGINT');
    }
    await exited;
    expect(out).toMatch(/SIGINT: stopping hookyard/);
    await expect(fetch(`${url}/_yard/api/health`)).rejects.toThrow();
  }, 60_000);

  it('keeps package-lock.json in step: `npm install` on a fresh clone changes nothing', async () => {
    const clone = mkdtempSync(join(tmpdir(), 'hookyard-lock-'));
    for (const file of ['package.json', 'package-lock.json']) copyFileSync(join(ROOT, file), join(clone, file));
    const install = await run('npm', ['install', '--package-lock-only', '--ignore-scripts'], clone);
    expect(install.code, install.stderr).toBe(0);
    expect(readFileSync(join(clone, 'package-lock.json'), 'utf8')).toBe(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
  }, 60_000);
});
