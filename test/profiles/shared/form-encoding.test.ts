import { describe, expect, it } from 'vitest';
import { decodeForm } from '../../../src/profiles/shared/form-encoding.js';

describe('decodeForm', () => {
  it('builds lists and hashes from bracket notation, as stripe-node and curl send them', () => {
    expect(decodeForm('url=https%3A%2F%2Fx.test%2Fh&enabled_events[]=a&enabled_events[]=b&metadata[team]=ops')).toEqual({
      ok: true,
      value: { url: 'https://x.test/h', enabled_events: ['a', 'b'], metadata: { team: 'ops' } },
    });
    expect(decodeForm('enabled_events[0]=a&enabled_events[1]=b&created[gte]=10')).toEqual({
      ok: true,
      value: { enabled_events: ['a', 'b'], created: { gte: '10' } },
    });
    expect(decodeForm('items[0][price]=p_1&items[0][quantity]=2')).toEqual({
      ok: true,
      value: { items: [{ price: 'p_1', quantity: '2' }] },
    });
    expect(decodeForm('metadata=&metadata[k]=v')).toEqual({ ok: true, value: { metadata: { k: 'v' } } });
    expect(decodeForm('')).toEqual({ ok: true, value: {} });
  });

  it('refuses hostile or contradictory names with a message instead of building them', () => {
    for (const text of [
      '__proto__[polluted]=1',
      'a[constructor][x]=1',
      'a[b]=1&a=2',
      'a=1&a[b]=2',
      'a[2]=x',
      'a[]=x&a[k]=y',
      'a[x][]=1&a[x]=2',
    ]) {
      const result = decodeForm(text);
      expect(result.ok, text).toBe(false);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps names with unbalanced brackets whole', () => {
    expect(decodeForm('a[b=1&c]=2')).toEqual({ ok: true, value: { 'a[b': '1', 'c]': '2' } });
  });
});
