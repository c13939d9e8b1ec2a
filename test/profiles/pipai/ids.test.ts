import { describe, expect, it } from 'vitest';
import { newWebhookId } from '../../../src/profiles/pipai/ids.js';

describe('pipai ids', () => {
  const sameBytes = (n: number) => Uint8Array.from([0xab, 0xcd, 0xef, 0x01]).subarray(0, n);

  it('makes wh_ + 6 hex from the injected random bytes', () => {
    expect(newWebhookId(sameBytes, () => false)).toBe('wh_abcdef');
  });

  it('grows the id up to 8 hex while it collides', () => {
    const taken = new Set(['wh_abcdef', 'wh_abcdef0']);
    expect(newWebhookId(sameBytes, (id) => taken.has(id))).toBe('wh_abcdef01');
  });
});
