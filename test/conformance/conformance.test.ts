import { afterEach, describe, expect, it } from 'vitest';
import { builtInProfiles } from '../../src/profiles/registry.js';
import { startHookyard, type HookyardHandle } from '../../src/server/start-hookyard.js';
import { loadContractFiles, type ContractStep } from './contract-file.js';
import { getPath, hasPath, mismatches } from './match.js';

const files = loadContractFiles();
let running: HookyardHandle | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

function interpolate(text: string, saved: Record<string, unknown>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (m, name: string) => (name in saved ? String(saved[name]) : m));
}

const profiles = new Map(builtInProfiles().map((p) => [p.id, p]));

/** Credentials the way the profile's own auth wants them (a bearer key, a signed request, …). */
function authHeaders(profileId: string, auth: string | undefined, method: string, wirePath: string, body: string): Record<string, string> {
  if (auth === 'none') return {};
  const profile = profiles.get(profileId)!;
  const known = profile.defaultApiKeys[0]!;
  const key = !auth || auth === 'default' ? known : { ...known, key: auth };
  const url = new URL(wirePath, 'http://x');
  return profile.auth.requestHeaders(key, { method, path: url.pathname, search: url.search, body, now: Date.now() });
}

async function runStep(
  handle: HookyardHandle,
  profile: string,
  step: ContractStep,
  saved: Record<string, unknown>,
  index: number,
): Promise<void> {
  const repeat = step.request.repeat ?? 1;
  let response: Response | undefined;
  let text = '';
  for (let i = 0; i < repeat; i++) {
    const vars = { ...saved, i };
    const path = interpolate(step.request.path, vars);
    const body =
      step.request.json !== undefined
        ? interpolate(JSON.stringify(step.request.json), vars)
        : step.request.body !== undefined
          ? interpolate(step.request.body, vars)
          : '';
    const headers: Record<string, string> = {
      ...(step.request.json !== undefined ? { 'content-type': 'application/json' } : {}),
      ...authHeaders(profile, step.request.auth, step.request.method, path, body),
    };
    for (const [k, v] of Object.entries(step.request.headers ?? {})) headers[k] = interpolate(v, vars);
    response = await fetch(`${handle.url}${path}`, { method: step.request.method, headers, body: body === '' ? undefined : body });
    text = await response.text();
  }
  const where = `step ${index + 1} (${step.request.method} ${step.request.path})`;
  const json = text
    ? (() => {
        try {
          return JSON.parse(text) as unknown;
        } catch {
          return text;
        }
      })()
    : undefined;
  expect(response!.status, `${where}: status; body ${text.slice(0, 400)}`).toBe(step.expect.status);
  for (const [name, value] of Object.entries(step.expect.headers ?? {})) {
    const actual = response!.headers.get(name);
    expect(mismatches(actual ?? undefined, value, `header ${name}`), where).toEqual([]);
  }
  if (step.expect.json !== undefined) expect(mismatches(json, step.expect.json), `${where}: ${text.slice(0, 600)}`).toEqual([]);
  for (const path of step.expect.absent ?? []) expect(hasPath(json, path), `${where}: ${path} must be absent`).toBe(false);
  for (const [name, path] of Object.entries(step.expect.save ?? {})) saved[name] = getPath(json, path);
}

describe('conformance: fixtures/contracts', () => {
  it('has contract files for the profiles', () => {
    expect(files.length).toBeGreaterThan(0);
  });
  for (const file of files) {
    describe(file.file, () => {
      for (const testCase of file.cases) {
        it(testCase.name, async () => {
          running = await startHookyard({ port: 0, memory: true, env: testCase.env ?? 'sandbox' });
          const saved: Record<string, unknown> = {};
          for (const [i, step] of testCase.steps.entries()) await runStep(running, file.profile, step, saved, i);
        });
      }
    });
  }
});
