import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHookyard, type HookyardHandle } from '../../src/server/start-hookyard.js';

let yard: HookyardHandle;
beforeAll(async () => {
  yard = await startHookyard({ port: 0, memory: true });
});
afterAll(() => yard.close());

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${yard.url}${path}`, { headers });

describe('profile mount layer', () => {
  it('answers unknown paths and wrong methods in the profile envelope', async () => {
    const missing = await get('/signa/v1/nope', { authorization: 'Bearer hy_signa_test' });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: expect.any(String) } });
    const wrong = await fetch(`${yard.url}/appkit/apps/a/webhooks`, {
      method: 'PATCH',
      headers: { authorization: 'Bearer hy_appkit_test' },
    });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toMatch(/GET/);
    expect(await wrong.json()).toMatchObject({ success: false });
  });

  it('rejects a missing or unknown key with 401 in the envelope', async () => {
    const r = await get('/alerting/api/v1/alerting/webhook-endpoints', { authorization: 'Bearer nope' });
    expect(r.status).toBe(401);
    expect(await r.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
  });

  it('answers Hookyard-Simulate with the documented error, and lists the valid values for a bad one', async () => {
    const r = await get('/signa/v1/webhooks', { authorization: 'Bearer hy_signa_test', 'hookyard-simulate': '429' });
    expect(r.status).toBe(429);
    const bad = await get('/signa/v1/webhooks', { authorization: 'Bearer hy_signa_test', 'hookyard-simulate': 'teapot' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toMatch(/not a documented Signa error; use one of/);
  });
});

describe('control API endpoints', () => {
  it('creates, rotates, disables and deletes across profiles, as the dashboard', async () => {
    const created = await yard.api<{ secret: string; response: { data: { id: string } } }>('POST', '/endpoints', {
      profile: 'appkit',
      url: 'http://127.0.0.1:3000/hooks',
      events: ['user.created'],
    });
    expect(created.secret).toMatch(/^whsec_/);
    const id = created.response.data.id;
    const listed = await yard.api<Array<{ id: string; profile: string; active: boolean; scope: { appId: string } }>>(
      'GET',
      '/endpoints?profile=appkit',
    );
    expect(listed.find((e) => e.id === id)).toMatchObject({ profile: 'appkit', active: true, scope: { appId: 'app_hookyard' } });
    const rotated = await yard.api<{ secret: string }>('POST', `/endpoints/appkit/${id}/rotate`);
    expect(rotated.secret).not.toBe(created.secret);
    await yard.api('PATCH', `/endpoints/appkit/${id}`, { active: false });
    expect((await yard.api<Array<{ id: string; active: boolean }>>('GET', '/endpoints')).find((e) => e.id === id)?.active).toBe(false);
    await yard.api('DELETE', `/endpoints/appkit/${id}`);
    expect((await yard.api<Array<{ id: string }>>('GET', '/endpoints')).some((e) => e.id === id)).toBe(false);
  });

  it("passes the provider's validation error through", async () => {
    await expect(yard.api('POST', '/endpoints', { profile: 'signa', url: 'not a url', events: ['alert.created'] })).rejects.toMatchObject({
      status: 400,
    });
    await expect(yard.api('POST', '/endpoints', { profile: 'nope', url: 'x', events: [] })).rejects.toMatchObject({ status: 404 });
    await expect(yard.api('POST', '/endpoints', { url: 'x' })).rejects.toMatchObject({ status: 400 });
  });

  it('lists profiles with their mounts, keys and catalogues', async () => {
    const profiles = await yard.api<Array<{ id: string; mount: string; apiKeys: Array<{ key: string }>; deliveryScheme: string }>>(
      'GET',
      '/profiles',
    );
    expect(profiles.map((p) => p.id)).toEqual(expect.arrayContaining(['signa', 'alerting', 'appkit']));
    expect(profiles.find((p) => p.id === 'signa')).toMatchObject({
      mount: '/signa',
      apiKeys: [{ key: 'hy_signa_test' }],
      deliveryScheme: 'signa',
    });
  });

  it('records API calls on the timeline', async () => {
    await get('/signa/v1/webhooks', { authorization: 'Bearer hy_signa_test' });
    const timeline = await yard.api<Array<{ kind: string; summary: string }>>('GET', '/timeline?limit=50');
    expect(timeline.some((e) => e.kind === 'api' && /signa GET \/v1\/webhooks → 200/.test(e.summary))).toBe(true);
  });
});

describe('listening', () => {
  it('takes the next free port when the port is taken, and refuses with --strict-port', async () => {
    const busy: number[] = [];
    const second = await startHookyard({ port: yard.port, memory: true, onPortBusy: (p) => busy.push(p) });
    expect(second.port).toBe(yard.port + 1 === second.port ? yard.port + 1 : second.port);
    expect(second.port).not.toBe(yard.port);
    expect(busy).toEqual([yard.port]);
    await second.close();
    await expect(startHookyard({ port: yard.port, memory: true, strictPort: true })).rejects.toThrow(/already in use.*--strict-port/);
  });
});
