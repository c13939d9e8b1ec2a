import { sign, verify } from '../../../src/index.js';
import { knownSchemes } from '../../../src/profiles/schemes.js';
import { describe, expect, it } from 'vitest';
import { requestUrl } from '../../../src/signing/index.js';
import { twilioOracle as oracle } from '../oracles/twilio.js';
import { random, randomForm, randomJson, seeds } from './support/random-bodies.js';

const NOW = 1_718_600_000_000;
const tokenFor = (seed: number) => `twilio-auth-token-${seed}`;
const urlFor = (seed: number) =>
  seed % 3 === 0 ? `https://example.com/hooks/${seed}?foo=1&bar=%C3%A9` : `https://example.ngrok.app/sms/${seed}`;

describe('cross-check twilio (form) against twilio validateRequest', () => {
  it('our signatures pass validateRequest for random form bodies', () => {
    for (const seed of seeds(40)) {
      const body = randomForm(random(seed));
      const headers = sign('twilio', { body, secret: tokenFor(seed), url: urlFor(seed), method: 'POST' });
      expect(oracle.verifyForm(tokenFor(seed), headers['X-Twilio-Signature']!, urlFor(seed), body), `seed ${seed}: ${body}`).toBe(true);
    }
  });

  it('getExpectedTwilioSignature signatures pass our verify', () => {
    for (const seed of seeds(40, 600)) {
      const body = randomForm(random(seed));
      const headers = { 'X-Twilio-Signature': oracle.signForm(tokenFor(seed), urlFor(seed), body) };
      const verdict = verify('twilio', { headers, body, secrets: [tokenFor(seed)], url: urlFor(seed), method: 'POST', now: NOW });
      expect(verdict.ok, `seed ${seed}: ${verdict.message}`).toBe(true);
    }
  });

  it('both sides reject a changed parameter', () => {
    const body = 'Body=hello&From=%2B15005550006';
    const headers = sign('twilio', { body, secret: tokenFor(1), url: urlFor(1) });
    const changed = 'Body=hellO&From=%2B15005550006';
    expect(oracle.verifyForm(tokenFor(1), headers['X-Twilio-Signature']!, urlFor(1), changed)).toBe(false);
    expect(verify('twilio', { headers, body: changed, secrets: [tokenFor(1)], url: urlFor(1), now: NOW, diagnose: false }).ok).toBe(false);
  });
});

describe('cross-check twilio-json against twilio validateRequestWithBody', () => {
  it('our signatures pass validateRequestWithBody at the URL a sender posts to', () => {
    for (const seed of seeds(40)) {
      const body = randomJson(random(seed));
      const headers = sign('twilio-json', { body, secret: tokenFor(seed), url: urlFor(seed) });
      const postedTo = requestUrl(knownSchemes.get('twilio-json'), urlFor(seed), body);
      expect(postedTo).toContain('bodySHA256=');
      expect(oracle.verifyJson(tokenFor(seed), headers['X-Twilio-Signature']!, postedTo, body), `seed ${seed}`).toBe(true);
    }
  });

  it('library signatures (bodySHA256 URL flow) pass our verify', () => {
    for (const seed of seeds(40, 700)) {
      const body = randomJson(random(seed));
      const { url, signature } = oracle.signJson(tokenFor(seed), urlFor(seed), body);
      const verdict = verify('twilio-json', {
        headers: { 'X-Twilio-Signature': signature },
        body,
        secrets: [tokenFor(seed)],
        url,
        now: NOW,
      });
      expect(verdict.ok, `seed ${seed}: ${verdict.message}`).toBe(true);
    }
  });

  it('both sides reject a body that does not match bodySHA256', () => {
    const body = '{"a":1}';
    const { url, signature } = oracle.signJson(tokenFor(2), urlFor(2), body);
    expect(oracle.verifyJson(tokenFor(2), signature, url, '{"a":2}')).toBe(false);
    expect(
      verify('twilio-json', {
        headers: { 'X-Twilio-Signature': signature },
        body: '{"a":2}',
        secrets: [tokenFor(2)],
        url,
        now: NOW,
        diagnose: false,
      }).ok,
    ).toBe(false);
  });
});
