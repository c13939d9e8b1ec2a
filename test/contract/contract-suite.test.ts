// The README's vitest example, run for real: one vitest test per contract case.
import { describe, expect, it } from 'vitest';
import { contractSuite, signedRequest } from '../../src/testing/index.js';
import { createApp } from '../../fixtures/apps/correct/appkit.js';

const secret = `whsec_${Buffer.alloc(32, 3).toString('base64')}`;
const app = createApp(secret);

await contractSuite({ target: (request) => app.fetch(request), profile: 'appkit', secret });

describe('signedRequest', () => {
  it('builds a request the handler accepts, and one with another secret it rejects', async () => {
    const ok = await app.fetch(signedRequest({ scheme: 'appkit', secret, body: { type: 'user.created', data: { id: 'u1' } } }));
    expect(ok.status).toBe(204);
    const forged = await app.fetch(
      signedRequest({
        scheme: 'appkit',
        secret: `whsec_${Buffer.alloc(32, 4).toString('base64')}`,
        body: { type: 'user.created', data: {} },
      }),
    );
    expect(forged.status).toBe(400);
  });
});
