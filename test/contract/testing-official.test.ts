import { afterAll, describe, expect, it } from 'vitest';
import { contractSuite, signedRequest } from '../../src/testing/index.js';
import { githubReceiver, stripeReceiver } from './receivers/official.js';

const secret = 'whsec_hookyardTestingStripe';
const stripe = await stripeReceiver(secret);
const github = await githubReceiver('gh-secret');
afterAll(async () => {
  await Promise.all([stripe.close(), github.close()]);
});

// hookyard/testing follows the official verifier too: Stripe's accepted future timestamp warns.
await contractSuite({ target: stripe.url, scheme: 'stripe', secret, event: 'charge.refunded' });

describe('signedRequest', () => {
  it('carries the provider\'s headers, so Octokit\'s middleware accepts it', async () => {
    const request = signedRequest({ scheme: 'github', secret: 'gh-secret', url: github.url, event: 'push', body: { ref: 'refs/heads/main', commits: [] } });
    expect(request.headers.get('x-github-event')).toBe('push');
    expect((await fetch(request)).status).toBe(200);
  });
});
