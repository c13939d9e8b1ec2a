import { sign } from '../../src/index.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBinary } from '../support/run-binary.js';
import { cli } from '../contract/receivers/run-cli.js';
import { slackReceiver } from '../contract/receivers/official.js';
import type { Receiver } from '../contract/receivers/listen.js';

const closers: Array<() => Promise<void>> = [];
afterAll(async () => {
  await Promise.all(closers.map((c) => c()));
});

describe('unknown schemes', () => {
  for (const command of ['sign', 'verify', 'test', 'trigger']) {
    it(`${command} exits 2 with a clean message and a suggestion`, async () => {
      const args: Record<string, string[]> = {
        sign: ['sign', '--scheme', 'strip', '--secret', 'k', '--body', 'x'],
        verify: ['verify', '--scheme', 'strip', '--secret', 'k', '-H', 'a: b', '--body', 'x'],
        test: ['test', 'http://127.0.0.1:9/x', '--scheme', 'strip', '--secret', 'k'],
        trigger: ['trigger', 'charge.refunded', '--scheme', 'strip', '--to', 'http://127.0.0.1:9/x', '--secret', 'k'],
      };
      const r = await runBinary(args[command]!);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^hookyard ${command}: unknown scheme "strip" — did you mean "stripe"\\?`));
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }
});

describe('hookyard trigger --scheme', () => {
  it("lists a preset's sample events", async () => {
    const r = await cli(['trigger', '--scheme', 'stripe', '--list']);
    expect(r.code).toBe(0);
    expect(
      r.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split(/\s+/)[0]),
    ).toEqual(['payment_intent.succeeded', 'charge.refunded', 'customer.subscription.created']);
  });

  it('refuses an event the preset has no sample of, naming the ones it has', async () => {
    const r = await cli(['trigger', 'nope', '--scheme', 'github', '--to', 'http://127.0.0.1:9/', '--secret', 's']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/github has no sample event "nope"; events: ping, push, pull_request/);
  });
});

async function recorder(): Promise<{ url: string; seen: IncomingHttpHeaders[] }> {
  const seen: IncomingHttpHeaders[] = [];
  const server = createServer((req, res) => {
    seen.push(req.headers);
    req.resume();
    req.on('end', () => res.end('ok'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, seen };
}

describe('hookyard test --header and fixtures', () => {
  it("adds --header to every request, next to the provider's own headers", async () => {
    const rec = await recorder();
    const r = await cli(['test', rec.url, '--scheme', 'github', '--secret', 's', '--event', 'push', '--header', 'X-Env: staging']);
    expect(r.code).toBe(1);
    expect(rec.seen.length).toBeGreaterThan(5);
    for (const h of rec.seen) expect(h).toMatchObject({ 'x-env': 'staging', 'x-github-event': 'push', 'content-type': 'application/json' });
  });

  it('names the sample events when --event matches none', async () => {
    const r = await cli(['test', 'http://127.0.0.1:9/', '--scheme', 'stripe', '--secret', 's', '--event', 'nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /no sample event "nope" for Stripe; events: payment_intent.succeeded, charge.refunded, customer.subscription.created/,
    );
  });

  it('rejects a malformed --header with exit 2', async () => {
    const r = await cli(['test', 'http://127.0.0.1:9/', '--scheme', 'github', '--secret', 's', '--header', 'no colon']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--header "no colon" is not a header/);
  });

  it('replays a saved capture fixture with the content type it arrived with', async () => {
    const secret = 'slack-signing-secret';
    const receiver: Receiver = await slackReceiver(secret);
    closers.push(() => receiver.close());
    const body =
      'token=x&team_id=T1&channel_id=C1&user_id=U1&command=%2Fweather&text=caf%C3%A9+later&api_app_id=A1&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1%2F1%2Fz&trigger_id=1.2.3';
    const dir = mkdtempSync(join(tmpdir(), 'hookyard-fixtures-'));
    const headers: Array<[string, string]> = [
      ['content-type', 'application/x-www-form-urlencoded'],
      ...Object.entries(sign('slack', { body, secret, now: Date.now() })),
    ];
    writeFileSync(
      join(dir, 'slash.json'),
      JSON.stringify({
        format: 'hookyard-fixture',
        name: 'saved-slash',
        method: 'POST',
        path: '',
        headers,
        bodyBase64: Buffer.from(body).toString('base64'),
      }),
    );
    const r = await cli([
      'test',
      receiver.url,
      '--scheme',
      'slack',
      '--secret',
      secret,
      '--fixtures',
      dir,
      '--event',
      'saved-slash',
      '--reporter',
      'json',
    ]);
    const report = JSON.parse(r.stdout) as { results: Array<{ variant: string; pass: boolean; why?: string }> };
    expect(report.results.filter((x) => !x.pass)).toEqual([]);
    expect(r.code).toBe(0);
  });
});

describe('hookyard trigger --scheme for every preset', () => {
  it("sends each preset's first sample event as the provider does, and it verifies", async () => {
    const { builtInSchemes, verify } = await import('../../src/signing/index.js');
    const { sampleEvents } = await import('../../src/contract/sample-events.js');
    const { keysFor } = await import('../signing/support/test-keys.js');
    const received: Array<{ url: string; headers: IncomingHttpHeaders; body: Buffer }> = [];
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({ url: req.url!, headers: req.headers, body: Buffer.concat(chunks) });
        res.end('ok');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    closers.push(() => new Promise((resolve) => server.close(() => resolve())));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    for (const scheme of builtInSchemes) {
      const [sample] = sampleEvents(scheme, Date.now());
      expect(sample, scheme.id).toBeDefined();
      const keys = keysFor(scheme, `trigger-${scheme.id}`);
      const r = await cli([
        'trigger',
        sample!.name,
        '--scheme',
        scheme.id,
        '--to',
        `${base}/hooks/${scheme.id}`,
        '--secret',
        keys.signWith,
      ]);
      expect({ id: scheme.id, code: r.code, stderr: r.stderr }).toEqual({ id: scheme.id, code: 0, stderr: '' });
      const got = received.at(-1)!;
      expect(got.headers['content-type'], scheme.id).toBe(sample!.contentType ?? scheme.request?.contentType ?? 'application/json');
      const headers = Object.entries(got.headers).map(([n, v]) => [n, String(v)] as [string, string]);
      const verdict = verify(scheme, { headers, body: got.body, secrets: [keys.verifyWith], url: `${base}${got.url}`, now: Date.now() });
      expect(verdict.ok, `${scheme.id}: ${verdict.message}`).toBe(true);
    }
    expect(received.length).toBe(builtInSchemes.length);
  });
});
