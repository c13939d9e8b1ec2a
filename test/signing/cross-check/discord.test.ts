import { sign, verify } from '../../../src/index.js';
import { describe, expect, it } from 'vitest';

import { discordOracle as oracle } from '../oracles/discord.js';
import { random, randomBytes, seeds } from './support/random-bodies.js';

const NOW = 1_718_700_000_000;
const TS = String(NOW / 1000 - 1);
const keysFor = (seed: number) => oracle.keyPair(seedBytes(seed));

function seedBytes(seed: number): Uint8Array {
  const rnd = random(seed * 31 + 1);
  return Uint8Array.from({ length: 32 }, () => Math.floor(rnd() * 256));
}

describe('cross-check discord against discord-interactions verifyKey', () => {
  it('our signatures pass verifyKey for random bytes (not only UTF-8)', async () => {
    for (const seed of seeds(30)) {
      const keys = keysFor(seed);
      const body = randomBytes(random(seed));
      const headers = sign('discord', { body, secret: keys.seedHex, timestamp: TS });
      expect(headers['X-Signature-Timestamp']).toBe(TS);
      expect(await oracle.verify(body, headers['X-Signature-Ed25519']!, TS, keys.publicHex), `seed ${seed}`).toBe(true);
    }
  });

  it('reference Ed25519 signatures that verifyKey accepts pass our verify', async () => {
    for (const seed of seeds(30, 800)) {
      const keys = keysFor(seed);
      const body = randomBytes(random(seed));
      const signature = oracle.referenceSign(keys.seedHex, TS, body);
      expect(await oracle.verify(body, signature, TS, keys.publicHex)).toBe(true);
      const verdict = verify('discord', {
        headers: { 'X-Signature-Ed25519': signature, 'X-Signature-Timestamp': TS },
        body,
        secrets: [keys.publicHex],
        now: NOW,
      });
      expect(verdict.ok, `seed ${seed}: ${verdict.message}`).toBe(true);
    }
  });

  it('both sides reject another application key', async () => {
    const body = randomBytes(random(5));
    const headers = sign('discord', { body, secret: keysFor(1).seedHex, timestamp: TS });
    expect(await oracle.verify(body, headers['X-Signature-Ed25519']!, TS, keysFor(2).publicHex)).toBe(false);
    expect(verify('discord', { headers, body, secrets: [keysFor(2).publicHex], now: NOW, diagnose: false }).ok).toBe(false);
  });
});
