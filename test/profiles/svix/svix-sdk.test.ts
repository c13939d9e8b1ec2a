import { ApiException, Svix, Webhook } from 'svix';
import { describe, expect, it, vi } from 'vitest';
import { receiver } from '../../delivery/receiver.js';
import { caught } from '../../support/caught.js';
import { useYard } from '../../support/yard.js';

const yard = useYard({ clock: 'virtual' });

/** The svix SDK pointed at hookyard with its documented serverUrl option only. */
async function start(env: 'sandbox' | 'production' = 'sandbox', token = 'hy_svix_test'): Promise<Svix> {
  const handle = await yard.start({ env });
  return new Svix(token, { serverUrl: `${handle.url}/svix` });
}

/** Resolves after `count` more delivery attempts were recorded (the SDK's 202 comes before them). */
function attempts(count: number): Promise<void> {
  return new Promise((resolve) => {
    let seen = 0;
    const stop = yard.handle.workbench.hub.subscribe((event) => {
      if (event.type === 'delivery.attempt' && ++seen === count) {
        stop();
        resolve();
      }
    });
  });
}

describe('svix profile through the svix SDK', () => {
  it('manages applications by id and uid, with iterator pagination', async () => {
    const svix = await start();
    const app = await svix.application.create({ name: 'Acme', uid: 'acme', metadata: { plan: 'pro' } });
    expect(app.id).toMatch(/^app_[0-9A-Za-z]{27}$/);
    expect(app).toMatchObject({ name: 'Acme', uid: 'acme', metadata: { plan: 'pro' } });
    expect(app.createdAt).toBeInstanceOf(Date);
    expect((await svix.application.get('acme')).id).toBe(app.id);
    expect((await svix.application.getOrCreate({ name: 'Acme again', uid: 'acme' })).id).toBe(app.id);
    const clash = await caught(svix.application.create({ name: 'Other', uid: 'acme' }));
    expect(clash).toBeInstanceOf(ApiException);
    expect(clash.code).toBe(409);
    expect(clash.body).toMatchObject({ code: 'conflict' });
    for (const name of ['B', 'C']) await svix.application.create({ name });
    const first = await svix.application.list({ limit: 2 });
    expect(first.data.map((a) => a.name)).toEqual(['Acme', 'B']);
    expect(first.done).toBe(false);
    const second = await svix.application.list({ limit: 2, iterator: first.iterator });
    expect(second.data.map((a) => a.name)).toEqual(['C']);
    expect(second.done).toBe(true);
    expect((await svix.application.update(app.id, { name: 'Acme Inc' })).name).toBe('Acme Inc');
    expect((await svix.application.patch(app.id, { metadata: { plan: 'team' } })).metadata).toEqual({ plan: 'team' });
    await svix.application.delete(app.id);
    const missing = await caught(svix.application.get(app.id));
    expect(missing).toBeInstanceOf(ApiException);
    expect(missing.code).toBe(404);
    expect(missing.body).toEqual({ code: 'not_found', detail: 'Entity not found' });
  });

  it('manages endpoints with filterTypes, channels and disabled; validation is 422; a bad token is 401', async () => {
    const svix = await start();
    const app = await svix.application.create({ name: 'Acme' });
    const ep = await svix.endpoint.create(app.id, {
      url: 'http://localhost:3000/svix',
      filterTypes: ['invoice.paid'],
      channels: ['project_1'],
      description: 'local',
    });
    expect(ep.id).toMatch(/^ep_[0-9A-Za-z]{27}$/);
    expect(ep).toMatchObject({
      url: 'http://localhost:3000/svix',
      version: 1,
      filterTypes: ['invoice.paid'],
      channels: ['project_1'],
      disabled: false,
      description: 'local',
    });
    expect((await svix.endpoint.list(app.id)).data.map((e) => e.id)).toEqual([ep.id]);
    expect((await svix.endpoint.get(app.id, ep.id)).url).toBe(ep.url);
    const patched = await svix.endpoint.patch(app.id, ep.id, { disabled: true });
    expect(patched).toMatchObject({ disabled: true, filterTypes: ['invoice.paid'] });
    const replaced = await svix.endpoint.update(app.id, ep.id, { url: 'http://localhost:3000/v2' });
    expect(replaced).toMatchObject({ url: 'http://localhost:3000/v2', disabled: false, filterTypes: null, channels: null });

    const invalid = await caught(svix.endpoint.create(app.id, { url: 'ftp://example.com' }));
    expect(invalid).toBeInstanceOf(ApiException);
    expect(invalid.code).toBe(422);
    expect(invalid.body.detail[0].loc).toEqual(['body', 'url']);
    expect((await caught(svix.endpoint.create(app.id, { url: 'https://example.com/h', channels: ['no spaces'] }))).code).toBe(422);
    expect((await caught(svix.endpoint.get(app.id, 'ep_missing'))).code).toBe(404);
    expect((await caught(svix.endpoint.list('app_missing'))).code).toBe(404);
    await svix.endpoint.delete(app.id, ep.id);
    expect((await svix.endpoint.list(app.id)).data).toEqual([]);

    const stranger = new Svix('testsk_wrong', { serverUrl: `${yard.handle.url}/svix` });
    const denied = await caught(stranger.application.list());
    expect(denied).toBeInstanceOf(ApiException);
    expect(denied.code).toBe(401);
    expect(denied.body.code).toBe('authentication_failed');
  });

  it('delivers messages to matching endpoints, verified by Webhook.verify, and lists messages and attempts', async () => {
    const svix = await start();
    const app = await svix.application.create({ name: 'Acme' });
    const receiverApp = await receiver();
    yard.closeAfter(receiverApp.close);
    const invoices = await svix.endpoint.create(app.id, { url: receiverApp.url, filterTypes: ['invoice.paid'] });
    const projectOnly = await svix.endpoint.create(app.id, { url: receiverApp.url, channels: ['project_2'] });
    const disabled = await svix.endpoint.create(app.id, { url: receiverApp.url, disabled: true });
    const { key } = await svix.endpoint.getSecret(app.id, invoices.id);
    expect(key).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);

    const done = attempts(1);
    const msg = await svix.message.create(app.id, {
      eventType: 'invoice.paid',
      payload: { id: 'in_1', amount: 4200, note: '{{uuid}}' },
      channels: ['project_1'],
    });
    expect(msg.id).toMatch(/^msg_[0-9A-Za-z]{27}$/);
    await done;
    expect(receiverApp.received).toHaveLength(1);
    const got = receiverApp.received[0]!;
    expect(got.headers['svix-id']).toBe(msg.id);
    const headers = {
      'svix-id': String(got.headers['svix-id']),
      'svix-timestamp': String(got.headers['svix-timestamp']),
      'svix-signature': String(got.headers['svix-signature']),
    };
    expect(new Webhook(key).verify(got.body.toString(), headers)).toEqual({ id: 'in_1', amount: 4200, note: '{{uuid}}' });
    const otherKey = (await svix.endpoint.getSecret(app.id, projectOnly.id)).key;
    expect(() => new Webhook(otherKey).verify(got.body.toString(), headers)).toThrow();

    expect((await svix.message.get(app.id, msg.id)).payload).toEqual({ id: 'in_1', amount: 4200, note: '{{uuid}}' });
    const listed = await svix.message.list(app.id);
    expect(listed.data.map((m) => m.id)).toEqual([msg.id]);
    expect(listed.data[0]).toMatchObject({ eventType: 'invoice.paid', channels: ['project_1'] });

    const byEndpoint = await svix.messageAttempt.listByEndpoint(app.id, invoices.id);
    expect(byEndpoint.data).toHaveLength(1);
    expect(byEndpoint.data[0]!.id).toMatch(/^atmpt_[0-9A-Za-z]{27}$/);
    expect(byEndpoint.data[0]).toMatchObject({
      msgId: msg.id,
      endpointId: invoices.id,
      responseStatusCode: 200,
      status: 0,
      url: receiverApp.url,
      response: 'ok',
    });
    // with_msg brings the message in, payload and all (read back for the page only).
    const withMsg = await svix.messageAttempt.listByEndpoint(app.id, invoices.id, { withMsg: true });
    expect(withMsg.data[0]!.msg).toMatchObject({ id: msg.id, payload: { id: 'in_1', amount: 4200 } });
    expect(byEndpoint.data[0]!.msg).toBeUndefined();
    expect((await svix.messageAttempt.listByEndpoint(app.id, projectOnly.id)).data).toEqual([]);
    expect((await svix.messageAttempt.listByEndpoint(app.id, disabled.id)).data).toEqual([]);
    expect((await svix.messageAttempt.listByMsg(app.id, msg.id)).data.map((a) => a.endpointId)).toEqual([invoices.id]);

    const second = attempts(1);
    await svix.message.create(app.id, { eventType: 'user.created', payload: { id: 'u_1' }, channels: ['project_2'] });
    await second;
    expect(receiverApp.received).toHaveLength(2);
    expect((await svix.messageAttempt.listByEndpoint(app.id, projectOnly.id)).data).toHaveLength(1);
  });

  it('rotates the secret: both signatures for 24 h, then only the new one', async () => {
    const svix = await start();
    const app = await svix.application.create({ name: 'Acme' });
    const receiverApp = await receiver();
    yard.closeAfter(receiverApp.close);
    const ep = await svix.endpoint.create(app.id, { url: receiverApp.url });
    const old = (await svix.endpoint.getSecret(app.id, ep.id)).key;
    await svix.endpoint.rotateSecret(app.id, ep.id, {});
    const fresh = (await svix.endpoint.getSecret(app.id, ep.id)).key;
    expect(fresh).not.toBe(old);
    const verifyWith = (secret: string, n: number): unknown => {
      const r = receiverApp.received[n]!;
      return new Webhook(secret).verify(r.body.toString(), {
        'svix-id': String(r.headers['svix-id']),
        'svix-timestamp': String(r.headers['svix-timestamp']),
        'svix-signature': String(r.headers['svix-signature']),
      });
    };
    let done = attempts(1);
    await svix.message.create(app.id, { eventType: 'user.created', payload: { n: 1 } });
    await done;
    expect(String(receiverApp.received[0]!.headers['svix-signature']).split(' ')).toHaveLength(2);
    expect(verifyWith(fresh, 0)).toEqual({ n: 1 });
    expect(verifyWith(old, 0)).toEqual({ n: 1 });
    await yard.handle.advance(24 * 3600_000 + 1000);
    done = attempts(1);
    await svix.message.create(app.id, { eventType: 'user.created', payload: { n: 2 } });
    await done;
    expect(String(receiverApp.received[1]!.headers['svix-signature']).split(' ')).toHaveLength(1);
    // The verifier checks the timestamp against its own clock: move it to the virtual day after.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(yard.handle.clock.now());
      expect(verifyWith(fresh, 1)).toEqual({ n: 2 });
      expect(() => verifyWith(old, 1)).toThrow(/No matching signature/);
    } finally {
      vi.useRealTimers();
    }
  });

  it("retries on Svix's schedule, lists failed attempts and resends by hand", async () => {
    const svix = await start();
    const app = await svix.application.create({ name: 'Acme' });
    let status = 503;
    const receiverApp = await receiver(() => ({ status }));
    yard.closeAfter(receiverApp.close);
    const ep = await svix.endpoint.create(app.id, { url: receiverApp.url });
    const done = attempts(1);
    await svix.message.create(app.id, { eventType: 'user.created', payload: {} });
    await done;
    for (const [delay, total] of [
      [5_000, 2],
      [300_000, 3],
      [1_800_000, 4],
      [7_200_000, 5],
    ] as const) {
      await yard.handle.advance(delay);
      expect(receiverApp.received).toHaveLength(total);
    }
    const failed = await svix.messageAttempt.listByEndpoint(app.id, ep.id, { status: 2 });
    expect(failed.data).toHaveLength(5);
    expect(failed.data[0]).toMatchObject({ status: 2, responseStatusCode: 503 });
    status = 200;
    const msgId = failed.data[0]!.msgId;
    await svix.messageAttempt.resend(app.id, msgId, ep.id);
    expect(receiverApp.received).toHaveLength(6);
    const [latest] = (await svix.messageAttempt.listByEndpoint(app.id, ep.id)).data;
    expect(latest).toMatchObject({ status: 0, responseStatusCode: 200, triggerType: 1, msgId });
    expect((await svix.messageAttempt.listByEndpoint(app.id, ep.id)).data.filter((a) => a.triggerType === 0)).toHaveLength(5);
    const other = await svix.endpoint.create(app.id, { url: receiverApp.url, filterTypes: ['never.sent'] });
    expect((await caught(svix.messageAttempt.resend(app.id, msgId, other.id))).code).toBe(404);
  });

  it("lists an event the workbench fired as a message of the endpoint's app, and resends its attempt", async () => {
    const svix = await start();
    const app = await svix.application.create({ name: 'Acme' });
    const elsewhere = await svix.application.create({ name: 'Other' });
    let status = 200;
    const receiverApp = await receiver(() => ({ status }));
    yard.closeAfter(receiverApp.close);
    const ep = await svix.endpoint.create(app.id, { url: receiverApp.url });
    await svix.endpoint.create(elsewhere.id, { url: receiverApp.url, filterTypes: ['never.sent'] });
    const sentFirst = attempts(1);
    const sent = await svix.message.create(app.id, { eventType: 'user.created', payload: { n: 1 } });
    await sentFirst;
    await yard.handle.advance(60_000);
    status = 500;
    // The control API's fire-event route (what `hookyard trigger` and the inspector call), not POST …/msg.
    const fired = await yard.handle.api<{ events: Array<{ id: string }> }>('POST', '/events', {
      profile: 'svix',
      type: 'order.created',
      endpointId: ep.id,
    });
    const firedId = fired.events[0]!.id;
    expect(receiverApp.received.map((r) => r.headers['svix-id'])).toEqual([sent.id, firedId]);
    const body = JSON.parse(receiverApp.received[1]!.body.toString());

    const attempt = (await svix.messageAttempt.listByEndpoint(app.id, ep.id)).data.find((a) => a.msgId === firedId);
    expect(attempt).toMatchObject({ status: 2, responseStatusCode: 500, triggerType: 0 });
    const message = await svix.message.get(app.id, firedId);
    expect(message).toMatchObject({ id: firedId, eventType: 'order.created', payload: body });
    expect(message.timestamp).toEqual(new Date(yard.handle.clock.now()));
    expect((await svix.message.list(app.id)).data.map((m) => m.id)).toEqual([firedId, sent.id]);
    expect((await svix.message.list(app.id, { eventTypes: ['order.created'] })).data.map((m) => m.id)).toEqual([firedId]);
    expect((await svix.messageAttempt.listByMsg(app.id, firedId)).data.map((a) => a.id)).toEqual([attempt!.id]);
    expect((await caught(svix.message.get(elsewhere.id, firedId))).code).toBe(404);

    status = 200;
    await svix.messageAttempt.resend(app.id, firedId, ep.id);
    expect(receiverApp.received).toHaveLength(3);
    expect(receiverApp.received[2]!.headers['svix-id']).toBe(firedId);
    expect(receiverApp.received[2]!.body.toString()).toBe(receiverApp.received[1]!.body.toString());
    const byMsg = (await svix.messageAttempt.listByMsg(app.id, firedId)).data;
    expect(byMsg).toHaveLength(2);
    expect(byMsg[0]).toMatchObject({ status: 0, responseStatusCode: 200, triggerType: 1, msgId: firedId });
    // The API reference answers 202 with an EmptyResponse (the SDK's resend resolves to nothing).
    const raw = await fetch(`${yard.handle.url}/svix/api/v1/app/${app.id}/msg/${firedId}/endpoint/${ep.id}/resend`, {
      method: 'POST',
      headers: { authorization: 'Bearer hy_svix_test' },
    });
    expect([raw.status, await raw.json()]).toEqual([202, {}]);
    expect(receiverApp.received).toHaveLength(4);
  });

  it('applies production URL rules with --env production', async () => {
    const svix = await start('production');
    const app = await svix.application.create({ name: 'Acme' });
    expect((await caught(svix.endpoint.create(app.id, { url: 'http://example.com/h' }))).code).toBe(422);
    expect((await caught(svix.endpoint.create(app.id, { url: 'https://localhost/h' }))).code).toBe(422);
    expect((await svix.endpoint.create(app.id, { url: 'https://example.com/h' })).url).toBe('https://example.com/h');
  });
});
