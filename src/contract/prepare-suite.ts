import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { schemeFromArg } from '../signing/index.js';
import { knownSchemes } from '../profiles/schemes.js';
import { builtInProfiles } from '../profiles/registry.js';
import type { SchemeSpec } from '../signing/types.js';
import { buildCases } from './case-builder.js';
import { builtInEventsDir, FixtureError, genericFixtures, loadFixtures } from './load-fixtures.js';
import { sampleEvents } from './sample-events.js';
import type { ContractCase, ContractOverrides, EventFixture } from './types.js';

export interface PrepareOptions {
  /** A seed profile id (its delivery scheme and event catalogue) … */
  profile?: string;
  /** … or any scheme (preset id or scheme file) with a generic sample event. */
  scheme?: string | SchemeSpec;
  secret: string;
  previousSecret?: string;
  /** The user's fixtures: `<dir>/<profile>/*.json` or `<dir>/*.json`; they add to / override the built-in ones. */
  fixturesDir?: string;
  url: string;
  now: number;
  /** Only the fixture with this event type or name (`--event`). */
  event?: string;
  /** Headers added to every request (`--header`). */
  headers?: Record<string, string>;
  random?: (size: number) => Uint8Array;
}

/** Every built-in profile, with the scheme its deliveries are signed with (its definition's `deliveryScheme`). */
const profileSchemes = (): Map<string, SchemeSpec> => new Map(builtInProfiles().map((p) => [p.id, p.deliveryScheme]));

export class SuiteSetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SuiteSetupError';
  }
}

/** A saved capture's event type, read from the header this provider names it in. */
function withEvent(scheme: SchemeSpec, fixture: EventFixture): EventFixture {
  if (fixture.event || !fixture.received) return fixture;
  const names = Object.entries(scheme.request?.headers ?? {})
    .filter(([, v]) => v === '{event}')
    .map(([n]) => n.toLowerCase());
  const event = fixture.received.find(([n]) => names.includes(n.toLowerCase()))?.[1];
  return event ? { ...fixture, event } : fixture;
}

async function fixturesFor(options: PrepareOptions, scheme: SchemeSpec): Promise<EventFixture[]> {
  const byName = new Map<string, EventFixture>();
  if (options.profile) {
    const dir = join(builtInEventsDir, options.profile);
    if (existsSync(dir)) for (const f of await loadFixtures(dir, options.now)) byName.set(f.name, f);
  } else {
    try {
      for (const f of sampleEvents(scheme, options.now)) byName.set(f.name, f);
    } catch (error) {
      throw new FixtureError((error as Error).message);
    }
  }
  if (options.fixturesDir) {
    const sub = options.profile ?? scheme.id;
    const nested = join(options.fixturesDir, sub);
    const dir = nested && existsSync(nested) ? nested : options.fixturesDir;
    for (const f of await loadFixtures(dir, options.now)) byName.set(f.name, f);
  }
  if (byName.size === 0) for (const f of genericFixtures(options.now)) byName.set(f.name, f);
  const all = [...byName.values()].map((f) => withEvent(scheme, f));
  if (!options.event) return all;
  const picked = all.filter((f) => f.name === options.event || f.event === options.event);
  if (picked.length === 0)
    throw new FixtureError(
      `no sample event "${options.event}" for ${scheme.name}; events: ${all.map((f) => f.event ?? f.name).join(', ')}`,
    );
  return picked;
}

/** Resolves the scheme and fixtures and builds the cases. */
export async function prepareSuite(options: PrepareOptions): Promise<{ scheme: SchemeSpec; cases: ContractCase[] }> {
  const schemes = profileSchemes();
  const known = [...schemes.keys()].join(', ');
  if (!options.profile === !options.scheme) throw new SuiteSetupError(`give either --profile P (one of ${known}) or --scheme ID`);
  const profileScheme = options.profile ? schemes.get(options.profile) : undefined;
  if (options.profile && !profileScheme) throw new SuiteSetupError(`unknown profile "${options.profile}"; known: ${known}`);
  const scheme = profileScheme
    ? profileScheme
    : typeof options.scheme === 'string'
      ? schemeFromArg(options.scheme, knownSchemes)
      : options.scheme!;
  if (!options.secret) throw new SuiteSetupError('missing --secret: the signing secret your handler verifies with');
  let fixtures: EventFixture[];
  try {
    fixtures = await fixturesFor(options, scheme);
  } catch (error) {
    if (error instanceof FixtureError) throw new SuiteSetupError(error.message);
    throw error;
  }
  const cases = buildCases({
    scheme,
    secret: options.secret,
    previousSecret: options.previousSecret,
    fixtures,
    now: options.now,
    url: options.url,
    headers: options.headers,
    randomBytes: options.random ?? ((n) => randomBytes(n)),
  });
  return { scheme, cases };
}

/** Reads a `{ "cases": { "<case or variant>": "2xx" | "4xx" | "skip" } }` overrides file. */
export function readOverrides(path: string): ContractOverrides {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new SuiteSetupError(`cannot read the overrides file ${path}: ${(error as Error).message}`);
  }
  const cases = (json as ContractOverrides).cases;
  if (
    typeof json !== 'object' ||
    json === null ||
    (cases !== undefined && (typeof cases !== 'object' || Object.values(cases).some((v) => !['2xx', '4xx', 'skip'].includes(v))))
  ) {
    throw new SuiteSetupError(`${path}: expected {"cases": {"<case name or variant>": "2xx" | "4xx" | "skip"}}`);
  }
  return json as ContractOverrides;
}
