import { sign } from '../../src/index.js';
import { describe, expect, it } from 'vitest';
import { verifyCapture } from '../../src/capture/verify-capture.js';

describe('verifyCapture', () => {
  it('names the channel the request came to when no secret is known', () => {
    const body = '{"type":"payment_intent.succeeded"}';
    const headers = Object.entries(sign('stripe', { body, secret: 'whsec_x', now: Date.now() }));
    const verdict = verifyCapture(
      {
        headers,
        body: new TextEncoder().encode(body),
        url: 'http://127.0.0.1/in/stripe-dev',
        method: 'POST',
        now: Date.now(),
        channel: 'stripe-dev',
      },
      undefined,
      [],
    );
    expect(verdict).toMatchObject({ ok: false, code: 'no_secret', scheme: 'stripe' });
    expect(verdict!.message).toMatch(/give channel "stripe-dev" one \(PUT \/_yard\/api\/channels\/stripe-dev /);
    expect(verdict!.message).not.toMatch(/default/);
  });
});
