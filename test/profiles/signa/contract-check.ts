/**
 * Runs fixtures/contracts/<profile>/*.json through the handlers via the fake mount (support.ts),
 * until the shared conformance runner is merged. Cases that exercise the mount layer itself
 * (auth, Hookyard-Simulate, raw bodies, unknown paths) are left to that runner.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { HttpMethod, ProfileDefinition } from '../../../src/profiles/types.js';
import { makeCaller, type Caller } from './support.js';

interface Step {
  request: { method: HttpMethod; path: string; headers?: Record<string, string>; json?: unknown; body?: string; auth?: string; repeat?: number };
  expect: { status: number; headers?: Record<string, string>; json?: unknown; absent?: string[]; save?: Record<string, string> };
}
export interface ContractCase { name: string; seed: string; steps: Step[] }
export interface ContractFile { file: string; profile: string; description: string; cases: ContractCase[] }

export function loadContracts(profile: string): ContractFile[] {
  const dir = join(process.cwd(), 'fixtures', 'contracts', profile);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ file: f, ...(JSON.parse(readFileSync(join(dir, f), 'utf8')) as Omit<ContractFile, 'file'>) }));
}

/** True when a case needs the real mount layer (the fake one cannot judge it). */
export function needsMount<S>(profile: ProfileDefinition<S>, c: ContractCase): boolean {
  return c.steps.some((s) => {
    const r = s.request;
    const known = profile.routes.some((route) => matches(route.path, stripMount(profile, r.path.split('?')[0] ?? '')));
    return (r.auth !== undefined && r.auth !== 'default') || r.body !== undefined || !known ||
      Object.keys(r.headers ?? {}).some((h) => h.toLowerCase() === 'hookyard-simulate');
  });
}

export async function runCase<S>(profile: ProfileDefinition<S>, c: ContractCase, caller: Caller<S> = makeCaller(profile)): Promise<void> {
  expect(c.seed.length, `${c.name}: seed text`).toBeGreaterThan(0);
  const saved: Record<string, string> = {};
  for (const [index, step] of c.steps.entries()) {
    const label = `${c.name} step ${index + 1}`;
    const times = step.request.repeat ?? 1;
    let res;
    for (let i = 0; i < times; i++) {
      const fill = (text: string) => text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => (name === 'i' ? String(i) : saved[name] ?? `{{${name}}}`));
      const path = stripMount(profile, fill(step.request.path));
      const headers = Object.fromEntries(Object.entries(step.request.headers ?? {}).map(([k, v]) => [k, fill(v)]));
      const body = step.request.json === undefined ? undefined : JSON.parse(fill(JSON.stringify(step.request.json)));
      res = await caller.call(step.request.method, path, { headers, body });
    }
    if (!res) throw new Error(`${label}: no request made`);
    expect(res.status, `${label}: status (body ${JSON.stringify(res.body)})`).toBe(step.expect.status);
    const lowerHeaders = Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k.toLowerCase(), v]));
    for (const [name, want] of Object.entries(step.expect.headers ?? {})) {
      if (name === 'content-type') continue; // set by the mount layer
      expectValue(lowerHeaders[name], want, `${label}: header ${name}`);
    }
    if (step.expect.json !== undefined) expectSubset(res.body, step.expect.json, `${label}: body`);
    for (const path of step.expect.absent ?? []) expect(dig(res.body, path), `${label}: ${path} should be absent`).toBeUndefined();
    for (const [name, path] of Object.entries(step.expect.save ?? {})) saved[name] = String(dig(res.body, path));
  }
}

function stripMount<S>(profile: ProfileDefinition<S>, path: string): string {
  return path.startsWith(profile.mount + '/') ? path.slice(profile.mount.length) : path;
}

function matches(pattern: string, path: string): boolean {
  const p = pattern.split('/');
  const a = path.split('/');
  return p.length === a.length && p.every((seg, i) => seg.startsWith(':') ? a[i] !== '' : seg === a[i]);
}

function dig(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), value);
}

function expectValue(actual: unknown, want: unknown, label: string): void {
  if (typeof want === 'string' && want.length > 1 && want.startsWith('/') && want.endsWith('/')) {
    expect(typeof actual, label).toBe('string');
    expect(actual as string, label).toMatch(new RegExp(want.slice(1, -1)));
  } else expect(actual, label).toEqual(want);
}

function expectSubset(actual: unknown, want: unknown, label: string): void {
  if (Array.isArray(want)) {
    expect(Array.isArray(actual), `${label} is an array`).toBe(true);
    const arr = actual as unknown[];
    expect(arr.length, `${label} length`).toBe(want.length);
    want.forEach((w, i) => expectSubset(arr[i], w, `${label}[${i}]`));
  } else if (want !== null && typeof want === 'object') {
    const contains = (want as Record<string, unknown>).$contains;
    if (Array.isArray(contains)) {
      expect(Array.isArray(actual), `${label} is an array`).toBe(true);
      for (const w of contains) {
        const found = (actual as unknown[]).some((a) => { try { expectSubset(a, w, label); return true; } catch { return false; } });
        expect(found, `${label} contains ${JSON.stringify(w)}`).toBe(true);
      }
      return;
    }
    expect(actual !== null && typeof actual === 'object', `${label} is an object`).toBe(true);
    for (const [k, w] of Object.entries(want)) expectSubset((actual as Record<string, unknown>)[k], w, `${label}.${k}`);
  } else expectValue(actual, want, label);
}
