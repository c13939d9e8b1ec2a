import { sign } from '../../src/index.js';
import { knownSchemes } from '../../src/profiles/schemes.js';
import { describe, expect, it } from 'vitest';
import { requestUrl } from '../../src/signing/index.js';
import { verifyWith } from '../../src/signing/engine/verify.js';
import { keysFor, randomBodies } from './support/test-keys.js';

const NOW = 1_760_000_000_000;

describe('verify fast path', () => {
  for (const scheme of knownSchemes.list().filter((s) => s.algorithm.startsWith('hmac-'))) {
    it(`${scheme.id}: gives the same answer as the full verifier`, () => {
      const keys = keysFor(scheme);
      const cases: Array<{ headers: Record<string, string>; body: Uint8Array; secrets: string[]; now: number; url: string }> = [];
      for (const raw of randomBodies(scheme.id.length, 4)) {
        const body = scheme.id === 'linear' ? new TextEncoder().encode(JSON.stringify({ webhookTimestamp: NOW })) : raw;
        const url = requestUrl(scheme, 'https://example.com/h', body);
        const headers = sign(scheme, { body, secret: keys.signWith, now: NOW, url });
        const sigName = scheme.signature.header[0];
        cases.push({ headers, body, secrets: [keys.verifyWith], now: NOW, url });
        cases.push({ headers, body, secrets: ['another-secret-entirely-000000'], now: NOW, url });
        cases.push({ headers, body, secrets: [keys.verifyWith], now: NOW + 10 * 60_000, url });
        cases.push({
          headers: { ...headers, [sigName]: headers[sigName]!.toUpperCase() },
          body,
          secrets: [keys.verifyWith],
          now: NOW,
          url,
        });
        cases.push({
          headers: { ...headers, [sigName.toLowerCase()]: 'x', [sigName.toUpperCase()]: headers[sigName]! },
          body,
          secrets: [keys.verifyWith],
          now: NOW,
          url,
        });
        cases.push({ headers, body: new Uint8Array([...body, 0x20]), secrets: [keys.verifyWith], now: NOW, url });
      }
      for (const input of cases) {
        const fast = verifyWith(scheme, input);
        const full = verifyWith(scheme, input, { fastPath: false });
        expect({ ok: fast.ok, code: fast.code, matched: fast.matchedSecret }).toEqual({
          ok: full.ok,
          code: full.code,
          matched: full.matchedSecret,
        });
      }
    });
  }
});
