import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHookyard, type HookyardHandle } from '../../src/server/start-hookyard.js';

let yard: HookyardHandle;
beforeAll(async () => {
  yard = await startHookyard({ port: 0, memory: true, maxBody: 1024 });
});
afterAll(() => yard.close());

/** Raw HTTP so the Host and Origin headers are exactly what an attacker would send. */
function raw(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: yard.port, method, path, headers, setHost: !('Host' in headers) }, (res) => {
      let text = '';
      res.on('data', (d: Buffer) => (text += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('security', () => {
  it('refuses a rebinding Host on everything but /in/', async () => {
    expect((await raw('GET', '/_yard/api/profiles', { Host: 'evil.example:4400' })).status).toBe(403);
    expect((await raw('GET', '/', { Host: 'evil.example' })).body).toMatch(/--allowed-host/);
    expect((await raw('GET', '/signa/v1/webhooks', { Host: 'evil.example' })).status).toBe(403);
    expect((await raw('POST', '/in/tunnel', { Host: 'abc.ngrok.app' }, '{}')).status).toBeLessThan(300);
    for (const host of [`localhost:${yard.port}`, `127.0.0.1:${yard.port}`, `app.localhost:${yard.port}`, `[::1]:${yard.port}`]) {
      expect((await raw('GET', '/_yard/api/health', { Host: host })).status, host).toBe(200);
    }
  });

  it('never sends Access-Control-Allow-Origin', async () => {
    for (const path of ['/_yard/api/profiles', '/signa/v1/webhooks', '/']) {
      const r = await raw('GET', path, { Origin: 'https://evil.example', authorization: 'Bearer hy_signa_test' });
      expect(r.headers['access-control-allow-origin'], path).toBeUndefined();
    }
    const preflight = await raw('OPTIONS', '/_yard/api/endpoints', {
      Origin: 'https://evil.example',
      'Access-Control-Request-Method': 'POST',
    });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses cross-site state changes on the control API and allows same-origin and CLI calls', async () => {
    const body = JSON.stringify({ profile: 'appkit', url: 'http://127.0.0.1:9/x', events: ['user.created'] });
    const json = { 'content-type': 'application/json' };
    expect((await raw('POST', '/_yard/api/endpoints', { ...json, Origin: 'https://evil.example' }, body)).status).toBe(403);
    expect((await raw('POST', '/_yard/api/endpoints', { ...json, 'Sec-Fetch-Site': 'cross-site' }, body)).status).toBe(403);
    expect((await raw('POST', '/_yard/api/endpoints', { ...json, Origin: 'null' }, body)).status).toBe(403);
    expect(
      (
        await raw(
          'POST',
          '/_yard/api/endpoints',
          { ...json, Origin: `http://127.0.0.1:${yard.port}`, 'Sec-Fetch-Site': 'same-origin' },
          body,
        )
      ).status,
    ).toBe(201);
    expect((await raw('POST', '/_yard/api/endpoints', json, body)).status).toBe(201);
  });

  it('survives malformed Host and Origin headers', async () => {
    expect((await raw('GET', '/_yard/api/health', { Host: '::::' })).status).toBeGreaterThanOrEqual(400);
    expect((await raw('GET', '/_yard/api/health', { Host: 'a b' })).status).toBeGreaterThanOrEqual(400);
    expect((await raw('POST', '/_yard/api/endpoints', { Origin: '%%%', 'content-type': 'application/json' }, '{}')).status).toBe(403);
    expect((await raw('GET', '/_yard/api/health', { Host: `localhost:${yard.port}` })).status).toBe(200);
  });

  it('answers an oversized body with 413 in the profile envelope', async () => {
    const r = await raw(
      'POST',
      '/signalbase/api/v2/webhooks'.replace('signalbase', 'appkit').replace('/api/v2/webhooks', '/apps/a/webhooks'),
      { authorization: 'Bearer hy_appkit_test', 'content-type': 'application/json' },
      JSON.stringify({ url: 'x'.repeat(2000) }),
    );
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body)).toMatchObject({ success: false, error: { code: 'PAYLOAD_TOO_LARGE' } });
    expect(JSON.parse(r.body).error.message).toMatch(/1 KiB limit.*--max-body/);
  });

  it('answers malformed JSON with 400 in the profile envelope, never a 500', async () => {
    const r = await raw(
      'POST',
      '/signa/v1/webhooks',
      { authorization: 'Bearer hy_signa_test', 'content-type': 'application/json' },
      '{"url": "https://x.test",\n "enabled_events": [}',
    );
    expect(r.status).toBe(400);
    const body = JSON.parse(r.body);
    expect(body.error.message).toMatch(/not valid JSON.*Unexpected token.*send a JSON object/);
    expect(body.request_id).toMatch(/^req_/);
  });

  it('puts CSP, nosniff and CORP on inspector and control responses', async () => {
    for (const path of ['/', '/_yard/api/profiles']) {
      const r = await raw('GET', path, {});
      expect(r.headers['content-security-policy'], path).toMatch(/default-src 'self'/);
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect(r.headers['cross-origin-resource-policy']).toBe('same-origin');
    }
  });
});
