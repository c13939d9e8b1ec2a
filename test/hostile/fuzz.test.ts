import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fc, it } from '@fast-check/vitest';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { startHookyard, type HookyardHandle } from '../../src/server/start-hookyard.js';
import { builtInProfiles } from '../../src/profiles/registry.js';
import type { ProfileDefinition } from '../../src/profiles/types.js';
import { hostileBody, hostileQuery, paramValue, type HostileBody } from './arbitraries.js';
import { controlEnvelope, count, figures, leaks, namesField, profileEnvelope } from './oracle.js';
import { captureRoutes, controlRoutes, liveIds, mockedRoutes, realValues, refreshIds, type TargetRoute } from './route-table.js';
import { authHeaders } from './support.js';

/**
 * Generated hostile input over every route of the route tables (each profile's routes and the
 * control API's router). Seeded; HOOKYARD_FUZZ_RUNS=<n> multiplies the run (default 1: 5,150 inputs).
 */
const SCALE = Math.max(1, Number(process.env.HOOKYARD_FUZZ_RUNS ?? 1) || 1);
const SEED = Number(process.env.HOOKYARD_FUZZ_SEED ?? 20261201);
const MOCKED_RUNS = 720 * SCALE;
const CONTROL_RUNS = 1300 * SCALE;
const CAPTURE_RUNS = 250 * SCALE;
/** Generous for 2 busy cores; a run that needs it is slow, not broken. */
const PROP_TIMEOUT_MS = 180_000 * SCALE;

const profiles = builtInProfiles();
// Started at load, so the control API's route list can be read from its router.
// A virtual clock (retries never wait on real time), a scratch cwd ("save as fixture" writes there), short replay timeouts.
const yard: HookyardHandle = await startHookyard({
  port: 0,
  memory: true,
  clock: 'virtual',
  cwd: mkdtempSync(join(tmpdir(), 'hookyard-fuzz-')),
  deliveryTimeoutMs: 300,
});
afterAll(async () => {
  console.log(`hostile fuzz (seed ${SEED}): ${JSON.stringify(figures)}`);
  await yard?.close();
});

interface Input {
  route: TargetRoute;
  params: string[];
  query: string;
  body: HostileBody;
  simulate: string | null;
}

function expandPath(route: TargetRoute, values: string[]): string {
  let i = 0;
  return route.path.replace(/:([A-Za-z]+)/g, () => values[i++] ?? 'x');
}

function paramNames(route: TargetRoute): Array<{ name: string; previous: string }> {
  const segments = route.path.split('/');
  return segments.flatMap((s, i) => (s.startsWith(':') ? [{ name: s.slice(1), previous: segments[i - 1] ?? '' }] : []));
}

function inputFor(routes: TargetRoute[]): fc.Arbitrary<Input> {
  // Routes that take a body get more of the run than reads; those with an example body the most.
  const weighted = routes.map((route) => ({
    weight: route.method === 'GET' ? 1 : Object.keys(route.base).length > 0 ? 5 : 2,
    arbitrary: fc.constant(route),
  }));
  return fc.oneof(...weighted).chain((route) => {
    const ids = liveIds(yard);
    const params = paramNames(route).map(({ name, previous }) => paramValue(realValues(route, name, previous, ids)));
    const simulate = route.profile
      ? fc.oneof(
          { weight: 12, arbitrary: fc.constant(null) },
          {
            weight: 1,
            arbitrary: fc.constantFrom(
              ...route.profile.simulatedErrors.map((e) => String(e.status)),
              ...route.profile.simulatedErrors.map((e) => e.code),
              'nope',
              '',
            ),
          },
        )
      : fc.constant(null);
    return fc.record({
      route: fc.constant(route),
      params: fc.tuple(...params),
      query: hostileQuery,
      body: hostileBody(route.base, route.fields),
      simulate,
    });
  });
}

/** The resources as the profiles store them, and the workbench's own settings: what a rejection must leave alone. */
async function snapshot(route: TargetRoute): Promise<string> {
  const wb = yard.workbench;
  // Each profile's resource collections as stored (endpoints with metadata and secrets, idempotency records).
  const endpoints = wb.profiles.map((p) =>
    Object.entries(wb.mount.state(p) as Record<string, unknown>).filter(([, v]) => Array.isArray(v)),
  );
  // A hook's last_response records a delivery finishing in the background (GitHub pings on create), not a change by this request.
  const stable = (key: string, value: unknown) => (key === 'last_response' ? undefined : value);
  if (route.family === 'mocked') return JSON.stringify(endpoints, stable);
  const get = async (path: string): Promise<string> =>
    (await yard.app.request(`/_yard/api${path}`, { headers: { host: 'localhost' } })).text();
  const channels = await get('/channels');
  const yardArea = JSON.stringify(wb.dataDir.state.data.yard);
  // Captures and delivery history live in journals: their totals and newest entries stand for them.
  const captures = JSON.parse(await get('/captures?limit=1')) as { total: number; items: Array<{ id: string }> };
  // Which deliveries and events exist; their attempts move on by themselves (a GitHub ping in flight).
  const deliveries = (JSON.parse(await get('/deliveries?limit=1')) as Array<{ id: string }>).map((d) => d.id);
  const events = (JSON.parse(await get('/events')) as Array<{ id: string; deliveries: Array<{ id: string }> }>)
    .slice(0, 1)
    .map((e) => [e.id, e.deliveries.map((d) => d.id)]);
  return JSON.stringify({ endpoints, channels, yardArea, captures: [captures.total, captures.items[0]?.id], deliveries, events }, stable);
}

const PROTOTYPE = Object.getOwnPropertyNames(Object.prototype).join();

/** The status a channel is set to answer with (a configured 5xx is the developer's simulation). */
async function channelStatus(name: string): Promise<number | undefined> {
  const channels = (await (await yard.app.request('/_yard/api/channels', { headers: { host: 'localhost' } })).json()) as Array<{
    name: string;
    response?: { status?: number };
  }>;
  return channels.find((c) => encodeURIComponent(c.name) === name || c.name === name)?.response?.status;
}

async function pumpClockUntil(pending: Promise<unknown>): Promise<void> {
  let done = false;
  void pending.finally(() => (done = true)).catch(() => undefined);
  while (!done) {
    await new Promise((resolve) => setImmediate(resolve));
    if (!done) await yard.advance(5_000);
  }
}

let sent = 0;
async function housekeeping(): Promise<void> {
  sent++;
  if (sent % 40 === 0) await yard.advance(61_000); // Signalbase's rate window (60 per 60 s) resets, retries run.
  if (sent % 20 === 0) await refreshIds(yard);
  if (sent % 150 === 0) {
    // Keep the pools small and limits (PipAI's 25 webhooks) out of the way: start the profiles afresh.
    for (const p of profiles) yard.workbench.dataDir.state.data.profiles[p.id] = p.initialState();
    await seedEndpoints();
  }
}

async function seedEndpoints(): Promise<void> {
  for (const p of profiles) {
    if (!p.controlBodies) continue;
    await yard.api('POST', '/endpoints', { profile: p.id, url: `https://example.com/seed-${p.id}`, events: [p.events.types[0]] });
  }
}

async function attack(input: Input): Promise<void> {
  await housekeeping();
  const { route, body } = input;
  const path = expandPath(route, input.params);
  const wirePath = route.profile ? `${route.profile.mount}${path}` : path;
  const headers: Record<string, string> = {};
  if (body.contentType) headers['content-type'] = body.contentType;
  if (route.profile) Object.assign(headers, authHeaders(route.profile, route.method, wirePath, input.query, body.bytes, yard.clock.now()));
  if (input.simulate !== null) headers['hookyard-simulate'] = input.simulate;
  const before = route.method === 'GET' ? '' : await snapshot(route);
  let status: number;
  let text: string;
  try {
    const pending = fetch(`${yard.url}${wirePath}${input.query}`, {
      method: route.method,
      headers,
      body: route.method === 'GET' ? undefined : Buffer.from(body.bytes),
      signal: AbortSignal.timeout(10_000),
    });
    // A channel may be set to answer after a delay on the virtual clock: run the clock until it does.
    if (route.family === 'capture') await pumpClockUntil(pending);
    const response = await pending;
    status = response.status;
    text = await response.text();
  } catch (error) {
    figures.crashes++;
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new Error(`${route.method} ${wirePath}: no answer (${(error as Error).message}: ${cause?.code ?? ''} ${cause?.message ?? ''})`);
  }
  count(status);
  const what = `${route.method} ${wirePath}${input.query} [${body.kind}${body.field ? ` ${body.field}` : ''}] → ${status}: ${text.slice(0, 300)}`;
  const prototypeNow = Object.getOwnPropertyNames(Object.prototype).join();
  if (prototypeNow !== PROTOTYPE || ({} as Record<string, unknown>).polluted !== undefined) {
    figures.crashes++;
    expect.fail(`Object.prototype was polluted: ${what}`);
  }
  const simulated =
    (input.simulate !== null && route.profile?.simulatedErrors.some((e) => e.status === status)) ||
    (route.family === 'capture' && (await channelStatus(input.params[0]!)) === status);
  const replayTargetFailed = status === 502 && route.path.endsWith('/replay') && text.includes('replay_failed');
  if (status >= 500 && !simulated && !replayTargetFailed) {
    figures.unexpected5xx++;
    expect.fail(`unexpected ${status}: ${what}`);
  }
  if (leaks(text)) {
    figures.leaks++;
    expect.fail(`stack trace or path in the answer: ${what}`);
  }
  if (status < 400 || route.family === 'capture') return;
  let parsed: unknown;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  // Dot segments (`/github/repos/../..`) are resolved before routing: such a path may leave the mount.
  const resolved = new URL(wirePath, 'http://localhost').pathname;
  if (route.profile && !resolved.startsWith((route.profile as ProfileDefinition<any>).mount) && status === 404) return;
  const envelope = route.profile ? profileEnvelope(route.profile as ProfileDefinition<any>) : controlEnvelope;
  if (!envelope(parsed)) {
    figures.envelopeMismatches++;
    expect.fail(`not the ${route.profile?.id ?? 'control'} envelope: ${what}`);
  }
  if (status === 400 && input.simulate === null && !namesTheProblem(input, text, parsed)) {
    figures.fieldUnnamed++;
    expect.fail(`400 without naming the field: ${what}`);
  }
  if (route.method !== 'GET' && before !== (await snapshot(route))) {
    figures.changedAfterRejection++;
    expect.fail(`changed by a rejected request: ${what}`);
  }
}

/**
 * A 400 names what is wrong: the corrupted field of a mocked body (in the envelope's field slot
 * or its message, or the seed's documented wording); for the control API, `error.field` or a
 * problem of the body as a whole.
 */
function namesTheProblem(input: Input, text: string, parsed: unknown): boolean {
  const { route, body } = input;
  if (route.family === 'control') {
    const error = (parsed as { error: { field?: unknown; message: string; code: string } }).error;
    // `unsupported`: the profile has no such operation; no field is at fault.
    // provider_error relays the profile's own answer (its envelope names the field, or its message does).
    return (
      typeof error.field === 'string' ||
      error.code === 'unsupported' ||
      error.code === 'provider_error' ||
      /body must be a JSON object|not valid JSON|not valid UTF-8|64 levels|is required/.test(error.message)
    );
  }
  // Only a corrupted field of a body the route reads, with nothing else wrong (query) to answer first.
  if (body.kind !== 'field' || !body.field || !route.fields.includes(body.field) || input.query !== '' || route.method === 'GET')
    return true;
  if (route.profile!.simulatedErrors.some((e) => text.includes(JSON.stringify(e.message).slice(1, -1)))) return true;
  return namesField(text, body.field);
}

async function stillHealthy(): Promise<void> {
  const health = await fetch(`${yard.url}/_yard/api/health`);
  if (health.status !== 200) figures.crashes++;
  expect(health.status).toBe(200);
}

describe('hostile input (generated from the route tables)', () => {
  beforeAll(seedEndpoints);

  describe.each(profiles.map((p) => [p.id, p] as const))('%s routes', (_id, profile) => {
    it.prop([inputFor(mockedRoutes([profile]))], { numRuns: MOCKED_RUNS, seed: SEED, endOnFailure: true })(
      'answer in the profile envelope, never 5xx, and change nothing when they refuse',
      async (input) => {
        await attack(input);
      },
      PROP_TIMEOUT_MS,
    );
    it('still answer health', stillHealthy);
  });

  describe('capture routes', () => {
    it.prop([inputFor(captureRoutes())], { numRuns: CAPTURE_RUNS, seed: SEED, endOnFailure: true })(
      'store anything and never answer 5xx unless the channel is set to',
      async (input) => {
        await attack(input);
      },
      PROP_TIMEOUT_MS,
    );
    it('still answer health', stillHealthy);
  });

  describe('control API routes', () => {
    it.prop([inputFor(controlRoutes(yard))], { numRuns: CONTROL_RUNS, seed: SEED, endOnFailure: true })(
      'answer in the control envelope, never 5xx, and change nothing when they refuse',
      async (input) => {
        await attack(input);
      },
      PROP_TIMEOUT_MS,
    );
    it('still answer health', stillHealthy);
  });
});
