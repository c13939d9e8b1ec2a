import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../package-root.js';
import { PathError, parseJsonBody, setAtPath } from '../guard/index.js';

/** The built-in catalogue: `fixtures/events/<profile>/<event-type>.json` at the package root. */
export const builtInEventsDir = join(packageRoot(), 'fixtures', 'events');

class EventFixtureError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EventFixtureError';
  }
}

export interface TemplateValues {
  eventId: string;
  endpointId: string;
  now: number;
  randomBytes(size: number): Uint8Array;
}

function uuid(randomBytes: (n: number) => Uint8Array): string {
  const b = Buffer.from(randomBytes(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * Fills a fixture template. `"{{now.unix}}"` and `"{{now.ms}}"` standing alone as a JSON string
 * become numbers; every other placeholder is text. The result is the exact body that is signed
 * and sent: it is never parsed and re-serialized afterwards.
 */
export function renderTemplate(template: string, values: TemplateValues): string {
  const iso = new Date(values.now).toISOString();
  const numeric = template.replace(/"\{\{\s*now\.(unix|ms)\s*\}\}"/g, (_, unit: string) =>
    String(unit === 'unix' ? Math.floor(values.now / 1000) : values.now),
  );
  return numeric.replace(/\{\{\s*([a-z.]+)(?:\s+(\d+))?\s*\}\}/gi, (match, key: string, size?: string) => {
    switch (key) {
      case 'event.id':
        return values.eventId;
      case 'endpoint.id':
        return values.endpointId;
      case 'now.iso':
        return iso;
      case 'now.unix':
        return String(Math.floor(values.now / 1000));
      case 'now.ms':
        return String(values.now);
      case 'uuid':
        return uuid(values.randomBytes);
      case 'hex':
        return Buffer.from(values.randomBytes(Math.ceil(Number(size ?? 8) / 2)))
          .toString('hex')
          .slice(0, Number(size ?? 8));
      default:
        return match;
    }
  });
}

/** Event templates of one profile: the built-in ones, overridden or extended by `--fixtures DIR/<profile>/`. */
export class EventCatalogue {
  private readonly cache = new Map<string, Map<string, string>>();

  constructor(
    private readonly userDir: string | null,
    private readonly builtInDir = builtInEventsDir,
  ) {}

  templates(profile: string): Map<string, string> {
    let found = this.cache.get(profile);
    if (found) return found;
    found = new Map();
    for (const dir of [join(this.builtInDir, profile), ...(this.userDir ? [join(this.userDir, profile)] : [])]) {
      if (!existsSync(dir)) continue;
      for (const file of readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()) {
        const text = readFileSync(join(dir, file), 'utf8');
        // A template must be JSON once its placeholders are filled: check with dummy values.
        try {
          JSON.parse(renderTemplate(text, { eventId: 'evt_check', endpointId: 'ep_check', now: 0, randomBytes: (n) => new Uint8Array(n) }));
        } catch (error) {
          throw new EventFixtureError(
            `${join(dir, file)} is not a valid event fixture: ${(error as Error).message}; it must be the JSON body the provider sends, with {{…}} placeholders inside strings`,
          );
        }
        found.set(file.replace(/\.json$/, ''), text);
      }
    }
    this.cache.set(profile, found);
    return found;
  }

  template(profile: string, type: string): string | undefined {
    return this.templates(profile).get(type);
  }
}

/**
 * `--set path=value`: dotted paths into the rendered event; values are JSON when they parse, text
 * otherwise. Paths walk own properties only and refuse `__proto__`, `constructor` and `prototype`
 * (ForbiddenKeyError); JSON values get the same depth and key checks as request bodies.
 */
export function applyOverrides(body: string, sets: ReadonlyArray<readonly [string, string]>, data?: unknown): string {
  if (sets.length === 0 && data === undefined) return body;
  const value = JSON.parse(body) as Record<string, unknown>;
  if (data !== undefined) value.data = data;
  for (const [path, raw] of sets) {
    const parsed = parseJsonBody(raw);
    if (!parsed.ok && parsed.problem !== 'syntax')
      throw new PathError(`set["${path.length > 60 ? `${path.slice(0, 60)}…` : path}"]`, parsed.message);
    setAtPath(value, path, parsed.ok ? parsed.value : raw, `set["${path.length > 60 ? `${path.slice(0, 60)}…` : path}"]`);
  }
  // Overrides change the event, so it is serialized once here; from now on these bytes are sacred.
  return JSON.stringify(value);
}
