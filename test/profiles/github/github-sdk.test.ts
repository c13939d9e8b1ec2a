import { createHmac } from 'node:crypto';
import { Octokit } from '@octokit/rest';
import { Webhooks } from '@octokit/webhooks';
import { describe, expect, it } from 'vitest';
import { receiver } from '../../delivery/receiver.js';
import { caught } from '../../support/caught.js';
import { useYard } from '../../support/yard.js';

const yard = useYard({ clock: 'virtual' });

/** Octokit pointed at hookyard with its documented baseUrl option only. */
async function start(env: 'sandbox' | 'production' = 'sandbox', auth = 'hy_github_test'): Promise<Octokit> {
  const handle = await yard.start({ env });
  return new Octokit({ auth, baseUrl: `${handle.url}/github`, log: quiet });
}

const repo = { owner: 'octocat', repo: 'hello-world' };
/** Octokit logs every 4xx; these tests provoke them on purpose. */
const quiet = { debug() {}, info() {}, warn() {}, error() {} };

describe('github profile through @octokit/rest', () => {
  it('creates, lists, gets, updates and deletes repository hooks, with the config routes', async () => {
    const octokit = await start();
    const created = await octokit.rest.repos.createWebhook({
      ...repo,
      name: 'web',
      config: { url: 'https://example.com/hooks', content_type: 'json', secret: 's3cret' },
      events: ['push', 'pull_request'],
      active: false,
    });
    expect(created.status).toBe(201);
    expect(created.headers['x-github-request-id']).toMatch(/^[0-9A-F]{4}:[0-9A-F]{4}:[0-9A-F]{6}:[0-9A-F]{6}$/);
    const hook = created.data;
    expect(hook).toMatchObject({
      type: 'Repository',
      name: 'web',
      active: false,
      events: ['push', 'pull_request'],
      config: { url: 'https://example.com/hooks', content_type: 'json', insecure_ssl: '0', secret: '********' },
      last_response: { code: null, status: 'unused', message: null },
    });
    expect(Number.isInteger(hook.id)).toBe(true);
    const base = `${yard.handle.url}/github/repos/octocat/hello-world/hooks/${hook.id}`;
    expect(hook).toMatchObject({ url: base, test_url: `${base}/test`, ping_url: `${base}/pings`, deliveries_url: `${base}/deliveries` });
    expect(hook.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);

    expect((await octokit.rest.repos.getWebhook({ ...repo, hook_id: hook.id })).data.id).toBe(hook.id);
    expect((await octokit.rest.repos.listWebhooks(repo)).data.map((h) => h.id)).toEqual([hook.id]);
    expect((await octokit.rest.repos.listWebhooks({ owner: 'octocat', repo: 'other' })).data).toEqual([]);

    const updated = await octokit.rest.repos.updateWebhook({
      ...repo,
      hook_id: hook.id,
      active: true,
      add_events: ['issues'],
      remove_events: ['push'],
    });
    expect(updated.data).toMatchObject({ active: true, events: ['pull_request', 'issues'] });
    expect(updated.data.config.secret).toBe('********');

    const config = await octokit.rest.repos.getWebhookConfigForRepo({ ...repo, hook_id: hook.id });
    expect(config.data).toEqual({ content_type: 'json', insecure_ssl: '0', secret: '********', url: 'https://example.com/hooks' });
    const patched = await octokit.rest.repos.updateWebhookConfigForRepo({
      ...repo,
      hook_id: hook.id,
      content_type: 'form',
      insecure_ssl: '1',
    });
    expect(patched.data).toEqual({ content_type: 'form', insecure_ssl: '1', secret: '********', url: 'https://example.com/hooks' });

    // PATCH with a config but no secret removes the secret, as GitHub documents.
    const replaced = await octokit.rest.repos.updateWebhook({ ...repo, hook_id: hook.id, config: { url: 'https://example.com/v2' } });
    expect(replaced.data.config).toEqual({ content_type: 'form', insecure_ssl: '0', url: 'https://example.com/v2' });

    const deleted = await octokit.rest.repos.deleteWebhook({ ...repo, hook_id: hook.id });
    expect(deleted.status).toBe(204);
    const gone = await caught(octokit.rest.repos.getWebhook({ ...repo, hook_id: hook.id }));
    expect(gone.status).toBe(404);
    expect(gone.response.data).toMatchObject({ message: 'Not Found', documentation_url: expect.stringContaining('docs.github.com') });
  });

  it('answers validation errors with 422 and errors[], unknown hooks with 404, bad tokens with 401', async () => {
    const octokit = await start();
    const noUrl = await caught(octokit.rest.repos.createWebhook({ ...repo, config: {} as never }));
    expect(noUrl.status).toBe(422);
    expect(noUrl.response.data).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'Hook', code: 'custom', message: 'Config must contain url' }],
    });
    const badEvent = await caught(
      octokit.rest.repos.createWebhook({ ...repo, config: { url: 'https://example.com/h' }, events: ['pushes'] }),
    );
    expect(badEvent.status).toBe(422);
    expect(badEvent.response.data.errors[0]).toMatchObject({ resource: 'Hook', field: 'events' });
    const badType = await caught(
      octokit.rest.repos.createWebhook({ ...repo, config: { url: 'https://example.com/h', content_type: 'xml' } }),
    );
    expect(badType.response.data.errors[0].field).toBe('config.content_type');
    await octokit.rest.repos.createWebhook({ ...repo, config: { url: 'https://example.com/h' } });
    const twice = await caught(octokit.rest.repos.createWebhook({ ...repo, config: { url: 'https://example.com/h' } }));
    expect(twice.response.data.errors[0].message).toBe('Hook already exists on this repository');
    expect((await octokit.rest.repos.listWebhooks(repo)).data).toHaveLength(1);

    expect((await caught(octokit.rest.repos.getWebhook({ ...repo, hook_id: 999 }))).status).toBe(404);
    expect((await caught(octokit.rest.repos.listWebhookDeliveries({ ...repo, hook_id: 999 }))).status).toBe(404);

    const stranger = new Octokit({ auth: 'ghp_wrong', baseUrl: `${yard.handle.url}/github`, log: quiet });
    const denied = await caught(stranger.rest.repos.listWebhooks(repo));
    expect(denied.status).toBe(401);
    expect(denied.response.data.message).toBe('Bad credentials');
  });

  it('refuses a 21st hook for one event on one repository, and counts each event and each target apart', async () => {
    const octokit = await start();
    const url = (n: number) => `https://example.com/hooks/${n}`;
    for (let n = 0; n < 20; n++) await octokit.rest.repos.createWebhook({ ...repo, config: { url: url(n) }, events: ['push', 'issues'] });
    const full = await caught(octokit.rest.repos.createWebhook({ ...repo, config: { url: url(20) }, events: ['push', 'issues', 'fork'] }));
    expect(full.status).toBe(422);
    expect(full.response.data).toMatchObject({
      message: 'Validation Failed',
      errors: [
        { resource: 'Hook', code: 'custom', message: 'The "push" event cannot have more than 20 hooks' },
        { resource: 'Hook', code: 'custom', message: 'The "issues" event cannot have more than 20 hooks' },
      ],
    });
    expect((await octokit.rest.repos.listWebhooks({ ...repo, per_page: 100 })).data).toHaveLength(20);
    // Another event, another repository (names are case-insensitive) and an organization still take one.
    const fork = await octokit.rest.repos.createWebhook({ ...repo, config: { url: url(20) }, events: ['fork'] });
    const other = await octokit.rest.repos.createWebhook({
      owner: 'octocat',
      repo: 'spoon-knife',
      config: { url: url(0) },
      events: ['push'],
    });
    expect(other.status).toBe(201);
    expect(
      (await caught(octokit.rest.repos.createWebhook({ owner: 'OctoCat', repo: 'Hello-World', config: { url: url(21) } }))).status,
    ).toBe(422);
    expect(
      (await octokit.rest.orgs.createWebhook({ org: 'octo-org', name: 'web', config: { url: url(0) }, events: ['push'] })).status,
    ).toBe(201);
    // An update that would add a 21st push hook is refused and changes nothing; one that keeps its own is fine.
    const adding = await caught(octokit.rest.repos.updateWebhook({ ...repo, hook_id: fork.data.id, add_events: ['push'] }));
    expect(adding.response.data.errors[0].message).toBe('The "push" event cannot have more than 20 hooks');
    expect((await octokit.rest.repos.getWebhook({ ...repo, hook_id: fork.data.id })).data.events).toEqual(['fork']);
    const [first] = (await octokit.rest.repos.listWebhooks(repo)).data;
    expect((await octokit.rest.repos.updateWebhook({ ...repo, hook_id: first!.id, active: false })).status).toBe(200);
  });

  it('pings on create and on …/pings, tests with push, lists deliveries with cursors, gets and redelivers one', async () => {
    const octokit = await start();
    let fail = false;
    const app = await receiver(() => ({ status: fail ? 500 : 200 }));
    yard.closeAfter(app.close);
    const webhooks = new Webhooks({ secret: "It's a Secret to Everybody" });
    const firstPing = app.next();
    const { data: hook } = await octokit.rest.repos.createWebhook({
      ...repo,
      config: { url: app.url, content_type: 'json', secret: "It's a Secret to Everybody" },
      events: ['push'],
    });
    const ping = await firstPing;
    expect(ping.headers).toMatchObject({
      'x-github-event': 'ping',
      'x-github-hook-id': String(hook.id),
      'x-github-hook-installation-target-type': 'repository',
      'content-type': 'application/json',
    });
    expect(ping.headers['user-agent']).toMatch(/^GitHub-Hookshot\//);
    expect(ping.headers['x-github-delivery']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const body = ping.body.toString('utf8');
    expect(await webhooks.verify(body, String(ping.headers['x-hub-signature-256']))).toBe(true);
    expect(ping.headers['x-hub-signature']).toBe(
      `sha1=${createHmac('sha1', "It's a Secret to Everybody").update(ping.body).digest('hex')}`,
    );
    expect(JSON.parse(body)).toMatchObject({
      hook_id: hook.id,
      hook: { id: hook.id, config: { secret: '********' } },
      repository: { full_name: 'octocat/hello-world', id: Number(ping.headers['x-github-hook-installation-target-id']) },
    });

    expect((await octokit.rest.repos.pingWebhook({ ...repo, hook_id: hook.id })).status).toBe(204);
    expect(app.received).toHaveLength(2);
    expect((await octokit.rest.repos.testPushWebhook({ ...repo, hook_id: hook.id })).status).toBe(204);
    expect(app.received).toHaveLength(3);
    const push = app.received[2]!;
    expect(push.headers['x-github-event']).toBe('push');
    expect(JSON.parse(push.body.toString())).toMatchObject({ ref: 'refs/heads/main', repository: { full_name: 'octocat/hello-world' } });
    expect(await webhooks.verify(push.body.toString(), String(push.headers['x-hub-signature-256']))).toBe(true);
    expect((await octokit.rest.repos.getWebhook({ ...repo, hook_id: hook.id })).data.last_response).toEqual({
      code: 200,
      status: 'active',
      message: 'OK',
    });

    const page = await octokit.rest.repos.listWebhookDeliveries({ ...repo, hook_id: hook.id, per_page: 2 });
    expect(page.data.map((d) => d.event)).toEqual(['push', 'ping']);
    expect(page.headers.link).toMatch(/rel="next"/);
    const all = await octokit.paginate(octokit.rest.repos.listWebhookDeliveries, { ...repo, hook_id: hook.id, per_page: 2 });
    expect(all.map((d) => d.event)).toEqual(['push', 'ping', 'ping']);
    expect(all.every((d) => Number.isInteger(d.id) && d.status === 'OK' && d.status_code === 200 && d.redelivery === false)).toBe(true);

    const detail = await octokit.rest.repos.getWebhookDelivery({ ...repo, hook_id: hook.id, delivery_id: all[0]!.id });
    expect(detail.data).toMatchObject({
      id: all[0]!.id,
      guid: push.headers['x-github-delivery'],
      event: 'push',
      url: app.url,
      request: { headers: { 'X-GitHub-Event': 'push' }, payload: { ref: 'refs/heads/main' } },
      response: { payload: 'ok' },
    });

    // No automatic retry: a failed delivery stays failed until redelivered.
    fail = true;
    await octokit.rest.repos.pingWebhook({ ...repo, hook_id: hook.id });
    await yard.handle.advance(24 * 3600_000);
    expect(app.received).toHaveLength(4);
    const [failed] = (await octokit.rest.repos.listWebhookDeliveries({ ...repo, hook_id: hook.id, status: 'failure' })).data;
    expect(failed).toMatchObject({ status: 'Invalid HTTP Response: 500', status_code: 500, event: 'ping' });
    fail = false;
    const redelivered = await octokit.rest.repos.redeliverWebhookDelivery({ ...repo, hook_id: hook.id, delivery_id: failed!.id });
    expect(redelivered.status).toBe(202);
    expect(app.received).toHaveLength(5);
    expect(app.received[4]!.headers['x-github-delivery']).toBe(app.received[3]!.headers['x-github-delivery']);
    const [latest] = (await octokit.rest.repos.listWebhookDeliveries({ ...repo, hook_id: hook.id })).data;
    expect(latest).toMatchObject({ redelivery: true, status: 'OK', guid: failed!.guid });
  });

  it('sends payload= form bodies to form hooks, signed over the form bytes', async () => {
    const octokit = await start();
    const app = await receiver();
    yard.closeAfter(app.close);
    const arrived = app.next();
    await octokit.rest.repos.createWebhook({ ...repo, config: { url: app.url, secret: 'form-secret' } });
    const ping = await arrived;
    expect(ping.headers['content-type']).toBe('application/x-www-form-urlencoded');
    const raw = ping.body.toString('utf8');
    expect(raw.startsWith('payload=')).toBe(true);
    expect(JSON.parse(new URLSearchParams(raw).get('payload')!)).toMatchObject({ zen: expect.any(String) });
    expect(await new Webhooks({ secret: 'form-secret' }).verify(raw, String(ping.headers['x-hub-signature-256']))).toBe(true);
  });

  it('serves organization hooks: create, list, get, update, config, ping, deliveries, delete', async () => {
    const octokit = await start();
    const app = await receiver();
    yard.closeAfter(app.close);
    const missingName = await caught(octokit.rest.orgs.createWebhook({ org: 'acme', config: { url: app.url } } as never));
    expect(missingName.status).toBe(422);
    const arrived = app.next();
    const { data: hook, status } = await octokit.rest.orgs.createWebhook({
      org: 'acme',
      name: 'web',
      config: { url: app.url, content_type: 'json' },
      events: ['*'],
    });
    expect(status).toBe(201);
    expect(hook).toMatchObject({
      type: 'Organization',
      name: 'web',
      events: ['*'],
      ping_url: `${yard.handle.url}/github/orgs/acme/hooks/${hook.id}/pings`,
    });
    const ping = await arrived;
    expect(ping.headers['x-github-hook-installation-target-type']).toBe('organization');
    expect(JSON.parse(ping.body.toString())).toMatchObject({ organization: { login: 'acme' } });
    expect(ping.headers['x-hub-signature-256']).toBeUndefined();
    expect((await octokit.rest.orgs.listWebhooks({ org: 'acme' })).data.map((h) => h.id)).toEqual([hook.id]);
    expect((await octokit.rest.orgs.getWebhook({ org: 'acme', hook_id: hook.id })).data.id).toBe(hook.id);
    expect((await octokit.rest.orgs.updateWebhook({ org: 'acme', hook_id: hook.id, events: ['issues'] })).data.events).toEqual(['issues']);
    expect((await octokit.rest.orgs.getWebhookConfigForOrg({ org: 'acme', hook_id: hook.id })).data.url).toBe(app.url);
    expect((await octokit.rest.orgs.updateWebhookConfigForOrg({ org: 'acme', hook_id: hook.id, secret: 'org-secret' })).data.secret).toBe(
      '********',
    );
    expect((await octokit.rest.orgs.pingWebhook({ org: 'acme', hook_id: hook.id })).status).toBe(204);
    const signed = app.received.at(-1)!;
    expect(await new Webhooks({ secret: 'org-secret' }).verify(signed.body.toString(), String(signed.headers['x-hub-signature-256']))).toBe(
      true,
    );
    const deliveries = (await octokit.rest.orgs.listWebhookDeliveries({ org: 'acme', hook_id: hook.id })).data;
    expect(deliveries.map((d) => d.event)).toEqual(['ping', 'ping']);
    expect((await octokit.rest.orgs.getWebhookDelivery({ org: 'acme', hook_id: hook.id, delivery_id: deliveries[0]!.id })).data.event).toBe(
      'ping',
    );
    expect(
      (await octokit.rest.orgs.redeliverWebhookDelivery({ org: 'acme', hook_id: hook.id, delivery_id: deliveries[0]!.id })).status,
    ).toBe(202);
    expect((await octokit.rest.orgs.deleteWebhook({ org: 'acme', hook_id: hook.id })).status).toBe(204);
    expect((await caught(octokit.rest.repos.getWebhook({ owner: 'acme', repo: 'x', hook_id: hook.id }))).status).toBe(404);
  });

  it('rejects loopback hook URLs with --env production', async () => {
    const octokit = await start('production');
    const local = await caught(octokit.rest.repos.createWebhook({ ...repo, config: { url: 'http://127.0.0.1:3000/h' } }));
    expect(local.status).toBe(422);
    expect(local.response.data.errors[0].message).toMatch(/isn't reachable over the public Internet/);
  });
});
