import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHookyard, type HookyardHandle } from '../../src/server/start-hookyard.js';

let yard: HookyardHandle;
beforeAll(async () => {
  yard = await startHookyard({ port: 0, memory: true });
});
afterAll(() => yard.close());

describe('control API keys', () => {
  it('adds a restricted key that the profile then enforces, and removes it', async () => {
    const call = (key: string) => fetch(`${yard.url}/signa/v1/webhooks`, { headers: { authorization: `Bearer ${key}` } });
    expect((await call('sk_readonly')).status).toBe(401);
    await yard.api('POST', '/keys', { profile: 'signa', key: 'sk_readonly', scopes: ['alerts:read'] });
    expect((await call('sk_readonly')).status).toBe(403);
    await yard.api('POST', '/keys', { profile: 'signa', key: 'sk_full' });
    expect((await call('sk_full')).status).toBe(200);
    const listed = await yard.api<Array<{ profile: string; keys: Array<{ key: string; runtime: boolean }> }>>('GET', '/keys');
    expect(
      listed
        .find((p) => p.profile === 'signa')
        ?.keys.filter((k) => k.runtime)
        .map((k) => k.key),
    ).toEqual(['sk_readonly', 'sk_full']);
    await yard.api('DELETE', '/keys/signa/sk_full');
    expect((await call('sk_full')).status).toBe(401);
  });

  it('rejects bad keys clearly', async () => {
    await expect(yard.api('POST', '/keys', { profile: 'pipai', key: 'pk_x' })).rejects.toMatchObject({
      status: 400,
      body: { error: { message: expect.stringMatching(/apiSecret/) } },
    });
    await expect(yard.api('POST', '/keys', { profile: 'signa', key: 'hy_signa_test' })).rejects.toMatchObject({ status: 409 });
    await expect(yard.api('POST', '/keys', { profile: 'nope', key: 'abcd' })).rejects.toMatchObject({ status: 400 });
  });
});
