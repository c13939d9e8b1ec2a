import { detectSchemes, sign } from '../../src/index.js';
import { describe, expect, it } from 'vitest';

const NOW = 1_760_000_000_000;
const BODY = '{}';

describe('detectSchemes', () => {
  it('ranks Standard Webhooks first for webhook-* headers and svix first for svix-* headers', () => {
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    expect(detectSchemes(sign('standard-webhooks', { body: BODY, secret, now: NOW }))[0]?.id).toBe('standard-webhooks');
    expect(detectSchemes(sign('svix', { body: BODY, secret, now: NOW }))[0]?.id).toBe('svix');
  });

  it('tells GitHub from Intercom by the delivery header', () => {
    expect(detectSchemes({ ...sign('github-sha1', { body: BODY, secret: 'k', id: 'd-1' }) })[0]?.id).toBe('github-sha1');
    expect(detectSchemes({ 'X-Hub-Signature': `sha1=${'a'.repeat(40)}` }).map((s) => s.id)).toEqual(
      expect.arrayContaining(['intercom', 'github-sha1']),
    );
  });

  it('finds each vendor by its own headers', () => {
    expect(detectSchemes({ 'Stripe-Signature': 't=1,v1=ab' })[0]?.id).toBe('stripe');
    expect(detectSchemes({ 'x-slack-signature': 'v0=ab', 'x-slack-request-timestamp': '1' })[0]?.id).toBe('slack');
    expect(detectSchemes({ 'shopify-hmac-sha256': 'abc=' })[0]?.id).toBe('shopify');
    expect(detectSchemes({ 'Signa-Signature': 't=1,v1=ab' })[0]?.id).toBe('signa');
  });

  it('returns nothing for unsigned requests', () => {
    expect(detectSchemes({ 'content-type': 'application/json' })).toEqual([]);
  });
});
