import { describe, expect, it } from 'vitest';
import { randomAlphanumeric, toBase64, toBase64Url, toHex, uuidV4 } from '../../src/plumbing/ids.js';
import { canonicalJson } from '../../src/profiles/shared/json-values.js';
import { seededRandomBytes } from '../profiles/signa/support.js';

describe('ids', () => {
  it('builds RFC 4122 v4 UUIDs', () => {
    const rb = seededRandomBytes('u');
    const a = uuidV4(rb);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(uuidV4(rb)).not.toBe(a);
  });

  it('encodes bytes', () => {
    const bytes = Uint8Array.from([0xfb, 0xff, 0x00]);
    expect(toHex(bytes)).toBe('fbff00');
    expect(toBase64(bytes)).toBe('+/8A');
    expect(toBase64Url(bytes)).toBe('-_8A');
    expect(toBase64(Uint8Array.from([1]))).toBe('AQ==');
    expect(toBase64Url(Uint8Array.from([1]))).toBe('AQ');
  });

  it('draws alphanumerics without the biased tail', () => {
    let calls = 0;
    const rb = (n: number) => {
      calls++;
      return new Uint8Array(n).fill(calls === 1 ? 250 : 61);
    };
    expect(randomAlphanumeric(rb, 5)).toBe('zzzzz');
    expect(calls).toBe(2);
  });
});

describe('canonicalJson', () => {
  it('ignores key order but not values', () => {
    expect(canonicalJson({ b: 1, a: [1, { d: 2, c: 3 }] })).toBe(canonicalJson({ a: [1, { c: 3, d: 2 }], b: 1 }));
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: 2 }));
  });
});
