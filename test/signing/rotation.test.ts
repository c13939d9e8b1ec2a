import { sign, verify } from '../../src/index.js';
import { knownSchemes } from '../../src/profiles/schemes.js';
import { describe, expect, it } from 'vitest';

import { keysFor } from './support/test-keys.js';

const NOW = 1_760_000_000_000;
const BODY = '{"rotation":true}';

describe('rotation', () => {
  it('emits one signature per secret where the scheme carries several', () => {
    expect(sign('stripe', { body: BODY, secrets: ['whsec_new', 'whsec_old'], now: NOW })['Stripe-Signature']).toMatch(
      /^t=\d+,v1=[0-9a-f]{64},v1=[0-9a-f]{64}$/,
    );
    expect(sign('paddle', { body: BODY, secrets: ['a', 'b'], now: NOW })['Paddle-Signature']).toMatch(
      /^ts=\d+;h1=[0-9a-f]{64};h1=[0-9a-f]{64}$/,
    );
    const sw = keysFor(knownSchemes.get('standard-webhooks'), 'x').signWith;
    const sw2 = keysFor(knownSchemes.get('standard-webhooks'), 'y').signWith;
    expect(sign('standard-webhooks', { body: BODY, secrets: [sw, sw2], now: NOW })['webhook-signature']!.split(' ')).toHaveLength(2);
  });

  it('signs with the first secret only where the scheme carries one', () => {
    const one = sign('github', { body: BODY, secret: 'new' });
    expect(sign('github', { body: BODY, secrets: ['new', 'old'] })).toEqual(one);
  });

  for (const scheme of knownSchemes.list().filter((s) => s.multiSignature)) {
    it(`${scheme.id}: a receiver holding only the old secret accepts a rotation-period message`, () => {
      const fresh = keysFor(scheme, 'new');
      const old = keysFor(scheme, 'old');
      const headers = sign(scheme, { body: BODY, secrets: [fresh.signWith, old.signWith], now: NOW });
      expect(verify(scheme, { headers, body: BODY, secrets: [old.verifyWith], now: NOW }).ok).toBe(true);
      expect(verify(scheme, { headers, body: BODY, secrets: [fresh.verifyWith], now: NOW }).ok).toBe(true);
    });
  }
});
