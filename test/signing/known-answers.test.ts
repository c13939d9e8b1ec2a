import { sign, verify } from '../../src/index.js';
import { knownSchemes } from '../../src/profiles/schemes.js';
import { describe, expect, it } from 'vitest';
import type { SchemeSpec } from '../../src/signing/index.js';
import { loadVectorFiles, vectorBody, vectorHeader, type SignatureVector } from './vectors/load-vectors.js';

const files = loadVectorFiles();

/** Every header name group `sign` can emit for a scheme (first name = the one it emits). */
function headerGroups(scheme: SchemeSpec): (readonly string[])[] {
  const groups: (readonly string[])[] = [scheme.signature.header];
  if (scheme.messageId) groups.push(scheme.messageId.header);
  if (scheme.timestamp && 'header' in scheme.timestamp.source) groups.push(scheme.timestamp.source.header);
  return groups;
}

function namesFor(scheme: SchemeSpec, emitted: string): readonly string[] {
  return headerGroups(scheme).find((g) => g.some((n) => n.toLowerCase() === emitted.toLowerCase())) ?? [emitted];
}

function verifyKeys(vector: SignatureVector): string[] {
  if (vector.verifyKey) return [vector.verifyKey];
  return vector.secrets ?? [vector.secret];
}

/** A shared-token scheme (GitLab) signs nothing: a changed body must still verify. */
function coversBody(scheme: SchemeSpec): boolean {
  return /\{(body|formParams|bodySha256Url)\}/.test(scheme.content);
}

function flipLastByte(body: Uint8Array): Uint8Array {
  const copy = body.length ? Uint8Array.from(body) : Uint8Array.from([0x20]);
  copy[copy.length - 1] = copy[copy.length - 1]! ^ 0x01;
  return copy;
}

describe('known-answer vectors (fixtures/signatures)', () => {
  it('has a vector file with at least one vector for every preset', () => {
    const covered = new Set(files.filter((f) => f.vectors.length > 0).map((f) => f.scheme));
    const missing = knownSchemes
      .list()
      .map((s) => s.id)
      .filter((id) => !covered.has(id));
    expect(missing, `presets without fixtures/signatures/<id>.json vectors: ${missing.join(', ')}`).toEqual([]);
  });

  it('has no vector file for an unknown scheme', () => {
    const known = new Set(knownSchemes.list().map((s) => s.id));
    expect(files.map((f) => f.scheme).filter((id) => !known.has(id))).toEqual([]);
  });

  for (const file of files) {
    describe(file.scheme, () => {
      for (const vector of file.vectors) {
        const scheme = () => knownSchemes.get(file.scheme);
        const body = vectorBody(vector);
        const common = { body, url: vector.url, method: vector.method, now: vector.now };

        it(`verifies "${vector.name}" with each of its keys at now`, () => {
          for (const key of verifyKeys(vector)) {
            const verdict = verify(file.scheme, { ...common, headers: vector.headers, secrets: [key] });
            expect(verdict, `${vector.name}: ${verdict.message}`).toMatchObject({ ok: true, code: 'ok', matchedSecret: 0 });
          }
        });

        if (coversBody(scheme())) {
          it(`rejects "${vector.name}" with a changed body`, () => {
            const verdict = verify(file.scheme, {
              ...common,
              body: flipLastByte(body),
              headers: vector.headers,
              secrets: verifyKeys(vector),
              diagnose: false,
            });
            expect(verdict.ok).toBe(false);
          });
        } else {
          it(`rejects "${vector.name}" with another secret`, () => {
            const verdict = verify(file.scheme, { ...common, headers: vector.headers, secrets: [`${vector.secret}x`], diagnose: false });
            expect(verdict.ok).toBe(false);
          });
        }

        if (vector.deterministic) {
          it(`signs "${vector.name}" to the same header values`, () => {
            const headers = sign(file.scheme, {
              ...common,
              ...(vector.secrets ? { secrets: vector.secrets } : { secret: vector.secret }),
              id: vector.id,
              timestamp: vector.timestamp,
            });
            const emitted = Object.entries(headers).filter(([name]) => vectorHeader(vector, namesFor(scheme(), name)) !== undefined);
            // The signature header must always be among the compared ones.
            expect(emitted.map(([n]) => n)).toContain(scheme().signature.header[0]);
            for (const [name, value] of emitted) expect(value, name).toBe(vectorHeader(vector, namesFor(scheme(), name)));
          });
        } else {
          it(`signs "${vector.name}" to headers that verify with its public key`, () => {
            const headers = sign(file.scheme, { ...common, secret: vector.secret, id: vector.id, timestamp: vector.timestamp });
            expect(verify(file.scheme, { ...common, headers, secrets: verifyKeys(vector) }).ok).toBe(true);
          });
        }
      }
    });
  }
});
