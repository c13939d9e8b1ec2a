import { builtInProfiles } from '../../src/profiles/registry.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verify } from '@octokit/webhooks-methods';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataDir } from '../../src/storage/index.js';
import { startHookyard, type HookyardHandle } from '../../src/server/start-hookyard.js';
import type { Capture } from '../../src/capture/index.js';
import { receiver } from '../delivery/receiver.js';

type Raw = { status: number; json: any };

describe('control API for the inspector', () => {
  let yard: HookyardHandle;
  let app: Awaited<ReturnType<typeof receiver>>;
  const call = async (method: string, path: string, body?: unknown): Promise<Raw> => {
    const response = await fetch(`${yard.url}/_yard/api${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, json: await response.json() };
  };
  const capture = async (path: string, body: string, headers: Record<string, string> = {}): Promise<Capture> => {
    await (await fetch(`${yard.url}${path}`, { method: 'POST', headers, body })).text();
    const list = (await call('GET', '/captures')).json.items as Array<{ id: string; path: string }>;
    return (await call('GET', `/captures/${list[0]!.id}`)).json as Capture;
  };

  beforeAll(async () => {
    app = await receiver(() => ({ status: 418, headers: { 'x-teapot': 'yes' }, body: 'short and stout' }));
    yard = await startHookyard({
      port: 0,
      memory: true,
      channels: { custom: { response: { status: 202, headers: { 'x-a': '1' }, body: 'later', delayMs: 3 } } },
    });
  });
  afterAll(async () => {
    await yard?.close();
    await app?.close();
  });

  it('records the answer hookyard gave each capture: status, headers, body and delay', async () => {
    const custom = await capture('/in/custom/x', 'hi');
    expect(custom.response).toEqual({ status: 202, headers: { 'x-a': '1' }, body: 'later', delayMs: 3 });
    const plain = await capture('/in/plain', 'hi');
    expect(plain.response).toEqual({
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: `{"ok":true,"id":"${plain.id}"}`,
    });
    // The stream and the list carry the status only.
    const summary = ((await call('GET', '/captures')).json.items as Array<{ id: string; response: unknown }>).find(
      (c) => c.id === plain.id,
    )!;
    expect(summary.response).toEqual({ status: 200 });
  });

  it("keeps every replay in the capture's history with what came back, and failed ones with the error", async () => {
    const cap = await capture('/in/hist', '{"n":1}', { 'content-type': 'application/json' });
    const sent = await call('POST', `/captures/${cap.id}/replay`, { url: app.url, via: 'listen' });
    expect(sent.status).toBe(200);
    expect(sent.json.status).toBe(418);
    const edited = await call('POST', `/captures/${cap.id}/replay`, { url: app.url, method: 'PUT', body: '{"n":2}', via: 'inspector' });
    expect(edited.json.method).toBe('PUT');
    expect(app.received.at(-1)!.body.toString()).toBe('{"n":2}');
    const unreachable = await call('POST', `/captures/${cap.id}/replay`, { url: 'http://127.0.0.1:1/nothing' });
    expect(unreachable.status).toBe(502);
    const after = (await call('GET', `/captures/${cap.id}`)).json as Capture;
    expect(after.forwarded!.history!.map((r) => [r.via, r.method, r.status, r.edited])).toEqual([
      ['listen', 'POST', 418, false],
      ['inspector', 'PUT', 418, true],
      ['api', 'POST', null, false],
    ]);
    expect(after.forwarded!.history![0]!.responseHeaders!['x-teapot']).toBe('yes');
    expect(after.forwarded!.history![0]!.responseBody).toBe('short and stout');
    expect(after.forwarded!.history![2]!.error).toMatch(/could not reach/);
    expect(after.forwarded).toMatchObject({ url: 'http://127.0.0.1:1/nothing', via: 'api' });
    const timeline = (await call('GET', '/timeline?limit=20')).json as Array<{ kind: string; summary: string; ref?: string }>;
    expect(timeline.find((e) => e.kind === 'replay' && e.summary.startsWith('forwarded'))?.ref).toBe(`capture/${cap.id}`);
  });

  it('re-signs a replay with a fresh signature, and refuses bad edits without changing the capture', async () => {
    const cap = await capture('/in/resign', '{"id":"evt_1"}');
    const resigned = await call('POST', `/captures/${cap.id}/replay`, { url: app.url, resign: { scheme: 'github', secret: 's3cret' } });
    expect(resigned.json.resigned).toBe('github');
    const got = app.received.at(-1)!;
    expect(await verify('s3cret', got.body.toString(), String(got.headers['x-hub-signature-256']))).toBe(true);
    for (const bad of [
      { resign: { scheme: 'no-such-scheme', secret: 'x' } },
      { resign: { scheme: 'github' } },
      { headerList: [['bad header', 'x']] },
      { headerList: [['x', 'a\r\nb']] },
      { method: 'get me' },
      { body: 5 },
      { via: 'elsewhere' },
    ]) {
      const answer = await call('POST', `/captures/${cap.id}/replay`, { url: app.url, ...bad });
      expect(answer.status, JSON.stringify(bad)).toBe(400);
      expect(answer.json.error.field, JSON.stringify(bad)).toBe(
        Object.keys(bad)[0] === 'headerList' ? 'headerList[0]' : Object.keys(bad)[0],
      );
    }
    expect(((await call('GET', `/captures/${cap.id}`)).json as Capture).forwarded?.history).toHaveLength(1);
  });

  it("masks every profile's secret and reveals it only on request, logging the reveal", async () => {
    const profiles = (await call('GET', '/profiles')).json as Array<{ id: string; events: string[]; testEvent: string }>;
    expect(profiles.map((p) => p.id)).toEqual(builtInProfiles().map((p) => p.id));
    for (const profile of profiles) {
      const created = await call('POST', '/endpoints', {
        profile: profile.id,
        url: app.url,
        events: [profile.events.find((e) => e !== profile.testEvent)],
      });
      expect(created.status, `${profile.id}: ${JSON.stringify(created.json)}`).toBeLessThan(300);
    }
    const endpoints = (await call('GET', '/endpoints')).json as Array<{ profile: string; id: string; secretMasked: string | null }>;
    // GitHub hooks have a secret only when the caller gives one (config.secret is optional).
    for (const e of endpoints) if (e.profile !== 'github') expect(e.secretMasked, e.profile).toMatch(/.{4}$/);
    const signa = endpoints.find((e) => e.profile === 'signa')!;
    const revealed = await call('POST', `/endpoints/signa/${signa.id}/secret/reveal`);
    expect(revealed.status).toBe(200);
    expect(signa.secretMasked!.endsWith(revealed.json.secret.slice(-4))).toBe(true);
    const timeline = (await call('GET', '/timeline?limit=5')).json as Array<{ kind: string; summary: string }>;
    expect(timeline[0]).toMatchObject({ kind: 'secret' });
    expect(timeline[0]!.summary).toMatch(new RegExp(`Signa endpoint ${signa.id} revealed`));
    expect(timeline[0]!.summary).not.toContain(revealed.json.secret);
    expect((await call('POST', '/endpoints/signa/whk_nope/secret/reveal')).status).toBe(404);
    expect((await call('POST', '/endpoints/nope/x/secret/reveal')).status).toBe(404);
  });

  it('previews an event with a deep merge, and refuses a merge that would corrupt it', async () => {
    const preview = await call('POST', '/events/preview', {
      profile: 'signa',
      type: 'alert.created',
      merge: { data: { object: { severity: 'low' } } },
    });
    expect(preview.status).toBe(200);
    const body = JSON.parse(preview.json.body);
    expect(body.object).toBe('event');
    expect(body.data.object.severity).toBe('low');
    expect(body.data.object.trademark.mark).toBe('ACME ROCKETS');
    const corrupt = await call('POST', '/events/preview', {
      profile: 'signa',
      type: 'alert.created',
      merge: { object: { severity: 'low' } },
    });
    expect(corrupt.status).toBe(400);
    expect(corrupt.json.error.message).toMatch(/"object" is "event".*data\.object/);
    const polluted = await call('POST', '/events/preview', {
      profile: 'signa',
      type: 'alert.created',
      merge: JSON.parse('{"__proto__":{"x":1}}'),
    });
    expect(polluted.status).toBe(400);
    expect((await call('POST', '/events/preview', { profile: 'signa', type: 'nope' })).status).toBe(400);
    const before = (await call('GET', '/events')).json.length;
    const fired = await call('POST', '/events', { profile: 'signa', type: 'alert.created', merge: { object: { x: 1 } } });
    expect(fired.status).toBe(400);
    expect((await call('GET', '/events')).json.length).toBe(before);
  });
});

describe('control API for the inspector, on a data folder', () => {
  it('keeps what hookyard answered and the replay history across a restart', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'hookyard-inspector-')), '.hookyard');
    const app = await receiver(() => ({ status: 204 }));
    const start = () =>
      startHookyard({
        port: 0,
        openStorage: () => openDataDir({ dir, now: Date.now() }),
        channels: { keep: { response: { status: 201, body: 'kept' } } },
      });
    try {
      let yard = await start();
      await fetch(`${yard.url}/in/keep/one`, { method: 'POST', body: '{"x":1}' });
      const id = (await yard.api<{ items: Array<{ id: string }> }>('GET', '/captures')).items[0]!.id;
      await yard.api('POST', `/captures/${id}/replay`, { url: app.url, via: 'listen' });
      await yard.api('POST', `/captures/${id}/replay`, { url: app.url, body: '{"x":2}', via: 'inspector' });
      await yard.close();
      yard = await start();
      const capture = await yard.api<Capture>('GET', `/captures/${id}`);
      expect(capture.response).toMatchObject({ status: 201, body: 'kept' });
      expect(capture.forwarded?.history?.map((r) => [r.via, r.status, r.edited])).toEqual([
        ['listen', 204, false],
        ['inspector', 204, true],
      ]);
      await yard.close();
    } finally {
      await app.close();
    }
  });
});
