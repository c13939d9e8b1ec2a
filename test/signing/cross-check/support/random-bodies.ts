import { seededRandom } from '../../support/test-keys.js';

/** Seeded, so a failing body can be reproduced from the seed in the test name. */
export type Random = () => number;

export function random(seed: number): Random {
  return seededRandom(seed);
}

const pick = <T>(rnd: Random, items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;

// Pieces that break naive handling: multi-byte UTF-8, surrogate pairs, ZWJ sequences, CR/LF, quotes.
const PIECES = [
  'a',
  'Z',
  '0',
  ' ',
  '"',
  '\\',
  '&',
  '=',
  '%',
  '+',
  '\r\n',
  '\n',
  '\t',
  'é',
  'ß',
  'ñ',
  '世界',
  'Ω',
  '🪝',
  '🚀',
  '👩🏽‍💻',
  '🇫🇷',
  '\u200d',
  '\u00a0',
  '{',
  '}',
  'ascii text ',
];

/** Random UTF-8 text of roughly `max` pieces, emoji included (for libraries that need strings). */
export function randomText(rnd: Random, max = 200): string {
  let out = '';
  const n = 1 + Math.floor(rnd() * max);
  for (let i = 0; i < n; i++) out += pick(rnd, PIECES);
  return out;
}

/** Random JSON text, for libraries that JSON.parse the body after verifying it. */
export function randomJson(rnd: Random): string {
  return JSON.stringify({ id: `evt_${Math.floor(rnd() * 1e9)}`, text: randomText(rnd, 80), n: Math.floor(rnd() * 1e6), ok: rnd() < 0.5 });
}

/** Random bytes, mostly not valid UTF-8 (for libraries that take raw bytes). */
export function randomBytes(rnd: Random, max = 2048): Uint8Array {
  const bytes = new Uint8Array(Math.floor(rnd() * max));
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(rnd() * 256);
  return bytes;
}

/**
 * A random form body: distinct names, some repeated with distinct values (Twilio's helper
 * drops a repeated identical value, so the generator never makes one).
 */
export function randomForm(rnd: Random): string {
  const params = new URLSearchParams();
  const count = 1 + Math.floor(rnd() * 8);
  for (let i = 0; i < count; i++) {
    const name = `${pick(rnd, ['Body', 'From', 'To', 'CallSid', 'Digits', 'Media', 'x'])}${i}`;
    params.append(name, randomText(rnd, 12));
    if (rnd() < 0.2) params.append(name, `${randomText(rnd, 6)}#${i}`);
  }
  return params.toString();
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Seeds for the cases of one test: fixed, so runs are reproducible. */
export function seeds(count: number, base = 1): number[] {
  return Array.from({ length: count }, (_, i) => base + i);
}
