import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../package-root.js';
import { builtInEventsDir, renderTemplate } from '../delivery/event-catalogue.js';
import type { SchemeSpec } from '../signing/types.js';
import type { EventFixture } from './types.js';

/** Built-in sample events: `fixtures/samples/<preset>/<name>.json`, written from each provider's docs. */
const builtInSamplesDir = join(packageRoot(), 'fixtures', 'samples');

/**
 * A sample file: `{"event": "push", "body": {...}}` plus optional `encoding` ("json", "form" for a
 * flat object sent as `a=1&b=2`, "form-payload" for `payload=<json>`), `layout` ("pretty" = two-space
 * JSON, as Stripe sends), `contentType` and `headers` (what this event adds, e.g. Twitch's message type).
 */
export interface SampleFile {
  format: 'hookyard-sample';
  event: string;
  description?: string;
  encoding?: 'json' | 'form' | 'form-payload';
  layout?: 'compact' | 'pretty';
  contentType?: string;
  headers?: Record<string, string>;
  body: unknown;
}

export class SampleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SampleError';
  }
}

const FORM = 'application/x-www-form-urlencoded';

/** Form encoding as browsers and most providers write it: spaces as `+`, everything else escaped. */
function formEncode(values: Record<string, unknown>): string {
  return new URLSearchParams(Object.entries(values).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])).toString();
}

/** Turns a parsed sample into the fixture the suite sends (stable values from `seed`). */
export function sampleToFixture(sample: SampleFile, name: string, where: string): EventFixture {
  if (typeof sample.event !== 'string' || sample.body === undefined) throw new SampleError(`${where}: a sample needs "event" and "body"`);
  const encoding = sample.encoding ?? 'json';
  let text: string;
  let contentType = sample.contentType;
  if (encoding === 'form') {
    if (typeof sample.body !== 'object' || sample.body === null) {
      throw new SampleError(`${where}: a form sample's body is an object of fields`);
    }
    text = formEncode(sample.body as Record<string, unknown>);
    contentType ??= FORM;
  } else if (encoding === 'form-payload') {
    text = formEncode({ payload: JSON.stringify(sample.body) });
    contentType ??= FORM;
  } else {
    text = sample.layout === 'pretty' ? JSON.stringify(sample.body, null, 2) : JSON.stringify(sample.body);
  }
  const fixture: EventFixture = { name, event: sample.event, body: new TextEncoder().encode(text) };
  if (contentType) fixture.contentType = contentType;
  if (sample.headers) fixture.headers = sample.headers;
  return fixture;
}

/** Reads one sample file, filling `{{now.unix}}`, `{{uuid}}`, `{{hex N}}`, `{{event.id}}` stably. */
function readSample(path: string, name: string, now: number, random?: (size: number) => Uint8Array): EventFixture {
  let counter = name.length;
  const stable = (size: number): Uint8Array => Uint8Array.from({ length: size }, () => (counter = (counter * 31 + 7) % 251));
  const eventId = `evt_${name.replace(/[^a-z0-9]+/gi, '_')}`;
  const text = renderTemplate(readFileSync(path, 'utf8'), { eventId, endpointId: 'ep_sample', now, randomBytes: random ?? stable });
  let parsed: SampleFile;
  try {
    parsed = JSON.parse(text) as SampleFile;
  } catch (error) {
    throw new SampleError(`${path} is not valid JSON (${(error as Error).message})`);
  }
  return sampleToFixture(parsed, name, path);
}

/** The preset's folder under fixtures/samples/, or null for a name that is not a plain folder name. */
function samplesFolder(scheme: SchemeSpec): string | null {
  const name = scheme.request?.samples ?? scheme.id;
  return /^[a-z0-9-]+$/.test(name) ? join(builtInSamplesDir, name) : null;
}

/** The built-in samples of a preset, in file order; values are stable unless `random` is given. */
export function sampleEvents(scheme: SchemeSpec, now: number, random?: (size: number) => Uint8Array): EventFixture[] {
  const dir = samplesFolder(scheme);
  if (!dir || !existsSync(dir)) return scheme.origin === 'profile' ? catalogueEvents(scheme.id, now, random) : [];
  const own = scheme.request?.contentType;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const sample = readSample(join(dir, f), f.replace(/^\d+-/, '').replace(/\.json$/, ''), now, random);
      // A form sample of a form-posting provider (Twilio) takes the provider's own content type.
      if (sample.contentType === FORM && own?.startsWith(FORM)) delete sample.contentType;
      return sample;
    });
}

/** A seed profile's scheme: its event catalogue (`fixtures/events/<profile>/`) are its samples. */
function catalogueEvents(profile: string, now: number, random?: (size: number) => Uint8Array): EventFixture[] {
  if (!/^[a-z0-9-]+$/.test(profile)) return [];
  const dir = join(builtInEventsDir, profile);
  if (!existsSync(dir)) return [];
  let counter = 7;
  const stable = (size: number): Uint8Array => Uint8Array.from({ length: size }, () => (counter = (counter * 31 + 7) % 251));
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.json$/, '');
      const eventId = `evt_${name.replace(/[^a-z0-9]+/gi, '_')}`;
      const values = { eventId, endpointId: 'ep_sample', now, randomBytes: random ?? stable };
      const text = renderTemplate(readFileSync(join(dir, f), 'utf8'), values);
      return { name, event: name, body: new TextEncoder().encode(text) };
    });
}
