import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHookyard, type HookyardHandle } from '../../../src/server/start-hookyard.js';

let yard: HookyardHandle;
beforeAll(async () => {
  yard = await startHookyard({
    port: 0,
    memory: true,
    profiles: {
      pipai: {
        apiKeys: [
          { key: 'pk_read', scopes: ['webhooks:read'], apiSecret: 'read-secret' },
          { key: 'pk_none', scopes: [], apiSecret: 'none-secret' },
        ],
      },
    },
  });
});
afterAll(() => yard.close());

function signed(key: string, secret: string, method: string, path: string, body = '', ts = Date.now(), signPath = path): Promise<Response> {
  const signature = createHmac('sha256', secret).update(`${ts}${method}${signPath}${body}`).digest('hex');
  return fetch(`${yard.url}${path}`, {
    method,
    headers: {
      'x-pipai-api-key': key,
      'x-pipai-timestamp': String(ts),
      'x-pipai-signature': signature,
      'content-type': 'application/json',
    },
    body: body || undefined,
  });
}

describe('pipai signed requests and scopes', () => {
  it('accepts the wire path or the mount-relative path in the signature', async () => {
    expect((await signed('hy_pipai_test', 'hy_pipai_secret', 'GET', '/pipai/v1/webhooks')).status).toBe(200);
    expect((await signed('hy_pipai_test', 'hy_pipai_secret', 'GET', '/pipai/v1/webhooks', '', Date.now(), '/v1/webhooks')).status).toBe(
      200,
    );
  });

  it('refuses a stale timestamp and a wrong signature with the reason', async () => {
    const stale = await signed('hy_pipai_test', 'hy_pipai_secret', 'GET', '/pipai/v1/webhooks', '', Date.now() - 120_000);
    expect(stale.status).toBe(401);
    expect((await stale.json()).message).toMatch(/±60 s/);
    const wrong = await signed('hy_pipai_test', 'not-the-secret', 'GET', '/pipai/v1/webhooks');
    expect((await wrong.json()).message).toMatch(/does not match/);
  });

  it('needs webhooks:write to create and webhooks:read to list', async () => {
    const body = JSON.stringify({ url: 'https://example.com/x', events: ['strategy.error'] });
    const denied = await signed('pk_read', 'read-secret', 'POST', '/pipai/v1/webhooks', body);
    expect(denied.status).toBe(403);
    expect(await denied.json()).toMatchObject({ code: 'INSUFFICIENT_PERMISSION', message: expect.stringMatching(/webhooks:write/) });
    expect((await signed('pk_read', 'read-secret', 'GET', '/pipai/v1/webhooks')).status).toBe(200);
    expect((await signed('pk_none', 'none-secret', 'GET', '/pipai/v1/webhooks')).status).toBe(403);
  });
});
