import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { builtInEventsDir, renderTemplate } from '../delivery/event-catalogue.js';
import type { EventFixture } from './types.js';
import { sampleToFixture, type SampleFile } from './sample-events.js';

export class FixtureError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FixtureError';
  }
}

export { builtInEventsDir };

const encoder = new TextEncoder();

/** Fills a fixture with stable values (the delivery engine's renderer): contract cases must be reproducible. */
function renderFixtureTemplate(text: string, name: string, now: number): string {
  let counter = 0;
  const stable = (size: number): Uint8Array => Uint8Array.from({ length: size }, () => (counter = (counter * 31 + 7) % 251));
  return renderTemplate(text, {
    eventId: `evt_contract_${name.replace(/[^a-z0-9]+/gi, '_')}`,
    endpointId: 'ep_contract',
    now,
    randomBytes: stable,
  });
}

/**
 * Reads every `*.json` fixture in `dir`: an event template (rendered), or a capture saved as a
 * fixture (`{"format":"hookyard-fixture","bodyBase64":…}`), whose bytes are replayed exactly.
 */
export async function loadFixtures(dir: string, now: number): Promise<EventFixture[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  } catch (error) {
    throw new FixtureError(`cannot read the fixtures folder ${dir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const out: EventFixture[] = [];
  for (const file of names) {
    const path = join(dir, file);
    const text = await readFile(path, 'utf8');
    const name = file.replace(/\.json$/, '');
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new FixtureError(
        `${path} is not valid JSON (${(error as Error).message}); a fixture is the event body as the provider sends it`,
      );
    }
    const saved = parsed as { format?: string; bodyBase64?: string; name?: string; headers?: Array<[string, string]> };
    if (saved && typeof saved === 'object' && saved.format === 'hookyard-fixture') {
      if (typeof saved.bodyBase64 !== 'string') throw new FixtureError(`${path}: a saved capture fixture needs "bodyBase64"`);
      // The bytes and the content type they arrived with (a form body must not replay as JSON).
      const received = Array.isArray(saved.headers)
        ? saved.headers.filter((h) => Array.isArray(h) && h.length === 2).map(([n, v]) => [String(n), String(v)] as [string, string])
        : [];
      const contentType = received.find(([n]) => n.toLowerCase() === 'content-type')?.[1];
      out.push({
        name: saved.name ?? name,
        body: Buffer.from(saved.bodyBase64, 'base64'),
        ...(contentType ? { contentType } : {}),
        ...(received.length ? { received } : {}),
      });
    } else if (saved && typeof saved === 'object' && (saved as { format?: string }).format === 'hookyard-sample') {
      try {
        out.push(sampleToFixture(JSON.parse(renderFixtureTemplate(text, name, now)) as SampleFile, name, path));
      } catch (error) {
        throw new FixtureError((error as Error).message);
      }
    } else {
      out.push({ name, body: encoder.encode(renderFixtureTemplate(text, name, now)) });
    }
  }
  return out;
}

/** The events used with `--scheme` alone, when no profile supplies a catalogue. */
export function genericFixtures(now: number): EventFixture[] {
  const body = JSON.stringify({
    id: 'evt_contract_sample',
    type: 'sample.created',
    created: Math.floor(now / 1000),
    data: { name: 'Café Ünïcode ✓', amount: 4200, ratio: 0.5, tags: ['a', 'b'], nested: { ok: true } },
  });
  return [{ name: 'sample.created', body: encoder.encode(body) }];
}
