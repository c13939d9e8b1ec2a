import { knownSchemes } from '../../src/profiles/schemes.js';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as official from './receivers/official.js';
import * as broken from './receivers/broken.js';
import * as more from './receivers/official-more.js';

import { keysFor } from '../signing/support/test-keys.js';
import type { Receiver } from './receivers/listen.js';
import { cli } from './receivers/run-cli.js';

const run = promisify(execFile);

interface Provider {
  scheme: string;
  /** What `hookyard --secret` signs with. */
  secret: string;
  /** What the receiver verifies with (a public key for Ed25519/ECDSA), default `secret`. */
  receiverKey?: string;
  start(key: string): Promise<Receiver>;
  /** Sample events the receiver is sent by trigger and sign --curl. */
  events: string[];
  /** Advisory cases this official verifier does not meet (warnings, not failures). */
  warnings: string[];
}

const providers: Provider[] = [
  {
    scheme: 'stripe',
    secret: 'whsec_hookyardStripeTestSecret0123456789',
    start: official.stripeReceiver,
    events: ['payment_intent.succeeded', 'charge.refunded'],
    warnings: ['future timestamp'],
  },
  {
    scheme: 'github',
    secret: "It's a Secret to Everybody",
    start: official.githubReceiver,
    events: ['ping', 'push', 'pull_request'],
    warnings: [],
  },
  {
    scheme: 'slack',
    secret: '8f742231b10e8888abcd99yyyzzz85a5',
    start: official.slackReceiver,
    events: ['url_verification', 'app_mention', 'slash_command', 'block_actions'],
    warnings: ['future timestamp'],
  },
  {
    scheme: 'twilio',
    secret: '12345678901234567890123456789012',
    start: official.twilioReceiver,
    events: ['incoming_sms', 'incoming_call'],
    warnings: [],
  },
  {
    scheme: 'twilio-json',
    secret: '12345678901234567890123456789012',
    start: official.twilioJsonReceiver,
    events: ['com.twilio.messaging.inbound-message.received'],
    warnings: [],
  },
  {
    scheme: 'svix',
    secret: `whsec_${Buffer.alloc(24, 3).toString('base64')}`,
    start: official.svixReceiver,
    events: ['invoice.paid', 'user.created'],
    warnings: [],
  },
  {
    scheme: 'standard-webhooks',
    secret: `whsec_${Buffer.alloc(32, 9).toString('base64')}`,
    start: official.standardWebhooksReceiver,
    events: ['invoice.paid'],
    warnings: [],
  },
  {
    scheme: 'paddle',
    secret: 'pdl_ntfset_01h_hookyard_secret',
    start: more.paddleReceiver,
    events: ['transaction.completed', 'customer.created'],
    warnings: ['future timestamp'],
  },
  {
    scheme: 'linear',
    secret: 'lin_wh_hookyard_secret',
    start: more.linearReceiver,
    events: ['issue_create', 'comment_create'],
    warnings: [],
  },
  {
    scheme: 'square',
    secret: 'sq_signature_key_hookyard',
    start: more.squareReceiver,
    events: ['payment.created', 'refund.created'],
    warnings: [],
  },
  ...[
    ['discord', more.discordReceiver, ['PING', 'application_command']],
    ['sendgrid', more.sendgridReceiver, ['delivered', 'bounce']],
  ].map(([id, start, events]) => {
    const keys = keysFor(knownSchemes.get(id as string), `receiver-${id as string}`);
    return {
      scheme: id as string,
      secret: keys.signWith,
      receiverKey: keys.verifyWith,
      start: start as Provider['start'],
      events: events as string[],
      warnings: [],
    };
  }),
];

const receivers: Receiver[] = [];
async function start(p: Pick<Provider, 'start' | 'secret' | 'receiverKey'>): Promise<Receiver> {
  const r = await p.start(p.receiverKey ?? p.secret);
  receivers.push(r);
  return r;
}
afterAll(async () => {
  await Promise.all(receivers.map((r) => r.close()));
});

describe("hookyard test against the providers' own SDK receivers", () => {
  for (const p of providers) {
    describe(p.scheme, () => {
      let receiver: Receiver;
      beforeAll(async () => {
        receiver = await start(p);
      });

      it('passes the correct official receiver with no extra flags', async () => {
        const r = await cli(['test', receiver.url, '--scheme', p.scheme, '--secret', p.secret, '--reporter', 'json']);
        const report = JSON.parse(r.stdout) as {
          results: Array<{ name: string; variant: string; pass: boolean; warning?: boolean; why?: string }>;
          failed: number;
        };
        expect(report.results.filter((x) => !x.pass).map((x) => `${x.name}: ${x.why}`)).toEqual([]);
        expect(r.code).toBe(0);
        expect([...new Set(report.results.filter((x) => x.warning).map((x) => x.variant))]).toEqual(p.warnings);
        expect(report.results.filter((x) => x.variant === 'genuine').length).toBeGreaterThanOrEqual(p.scheme === 'twilio-json' ? 1 : 3);
      });

      it('fails the advisory cases with --strict, naming the verifier', async () => {
        if (p.warnings.length === 0) return;
        const r = await cli(['test', receiver.url, '--scheme', p.scheme, '--secret', p.secret, '--strict']);
        expect(r.code).toBe(1);
        expect(r.stdout).toMatch(/✗ .*future timestamp[\s\S]*accepts a future timestamp by design/);
        const junit = await cli(['test', receiver.url, '--scheme', p.scheme, '--secret', p.secret, '--reporter', 'junit']);
        expect(junit.code).toBe(0);
        expect(junit.stdout).toMatch(
          /future timestamp" time="[\d.]+">\s*<system-out>warning: .* accepts a future timestamp by design, so this is advice/,
        );
        const table = await cli(['test', receiver.url, '--scheme', p.scheme, '--secret', p.secret]);
        expect(table.stdout).toMatch(/^ ! .*future timestamp/m);
        expect(table.stdout).toMatch(/\d+ passed, 0 failed, \d+ warnings?/);
      });

      it('has every trigger --to request accepted', async () => {
        for (const event of p.events) {
          const r = await cli(['trigger', event, '--scheme', p.scheme, '--to', receiver.url, '--secret', p.secret, '--json']);
          expect({ event, code: r.code, stderr: r.stderr }).toEqual({ event, code: 0, stderr: '' });
          expect((JSON.parse(r.stdout) as { result: { status: number } }).result.status).toBeLessThan(300);
        }
      });

      it('prints a sign --curl command the receiver accepts', async () => {
        const r = await cli(['sign', '--scheme', p.scheme, '--secret', p.secret, '--event', p.events[0]!, '--curl', receiver.url]);
        expect(r.code).toBe(0);
        expect(r.stdout).toMatch(/^curl /);
        const { stdout } = await run('sh', ['-c', `${r.stdout.trim()} -s -o /dev/null -w '%{http_code}'`]);
        expect(Number(stdout)).toBeGreaterThanOrEqual(200);
        expect(Number(stdout)).toBeLessThan(300);
      });
    });
  }
});

async function failures(receiver: Receiver, scheme: string, secret: string, extra: string[] = []) {
  const r = await cli(['test', receiver.url, '--scheme', scheme, '--secret', secret, '--reporter', 'json', ...extra]);
  expect(r.code).toBe(1);
  const report = JSON.parse(r.stdout) as {
    results: Array<{ name: string; variant: string; pass: boolean; skipped: boolean; why?: string }>;
  };
  return report.results.filter((x) => !x.pass && !x.skipped);
}

describe('hookyard test against receivers people get wrong', () => {
  it("names JSON middleware run before Stripe's check, and judges nothing else", async () => {
    const f = await failures(await start({ start: broken.stripeJsonFirst, secret: 'whsec_x' }), 'stripe', 'whsec_x');
    expect(f.map((x) => x.variant)).toEqual(['genuine', 'genuine', 'genuine']);
    expect(f[0]!.why).toMatch(
      /answered 400 .*JSON middleware \(express\.json\(\)\) parsed the body before the signature check.*raw request bytes/,
    );
  });

  it('names a GitHub handler that compares an HMAC of the re-serialized body', async () => {
    const f = await failures(await start({ start: broken.githubReserialized, secret: 's3cret' }), 'github', 's3cret');
    expect(f.length).toBeGreaterThan(0);
    expect(new Set(f.map((x) => x.variant))).toEqual(
      new Set(['genuine, pretty-printed JSON', 'genuine, escaped unicode', 'genuine, decimal number format']),
    );
    for (const x of f) expect(x.why).toMatch(/verifies a re-serialized body.*raw request bytes/);
  });

  it('names a handler that skips the check when the signature header is missing', async () => {
    const secret = `whsec_${Buffer.alloc(32, 9).toString('base64')}`;
    const f = await failures(await start({ start: broken.standardWebhooksSkipsMissing, secret }), 'standard-webhooks', secret);
    expect([...new Set(f.map((x) => x.variant))]).toEqual(['missing signature header']);
    expect(f[0]!.why).toMatch(/skips the check when the header is missing/);
  });

  it('names a Slack handler that verifies a re-encoded parsed form', async () => {
    const f = await failures(await start({ start: broken.slackParsedForm, secret: 'slack-secret' }), 'slack', 'slack-secret', [
      '--event',
      'slash_command',
    ]);
    // It checks no timestamp either, which Bolt would have rejected when stale.
    expect(f.map((x) => x.variant)).toEqual([
      'genuine, form with %20 for spaces',
      'genuine, form with lowercase escapes',
      'stale timestamp',
    ]);
    expect(f[0]!.why).toMatch(/verifies a form re-encoded from parsed fields/);
  });
});

describe('hookyard test when the genuine event is rejected', () => {
  it('blames routing, not the secret, when Bolt has no listener for the action', async () => {
    const secret = 'bolt-secret';
    const receiver = await start({ start: broken.slackNoListener, secret });
    const r = await cli(['test', receiver.url, '--scheme', 'slack', '--secret', secret, '--event', 'block_actions', '--reporter', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { results: Array<{ variant: string; pass: boolean; skipped: boolean; why?: string }> };
    const failed = report.results.filter((x) => !x.pass && !x.skipped);
    expect(failed.map((x) => x.variant)).toEqual(['genuine']);
    expect(failed[0]!.why).toMatch(/answered 404 .*nothing handled this one.*add a listener/);
    expect(failed[0]!.why).not.toMatch(/secret/);
    expect(report.results.filter((x) => x.skipped).every((x) => /^not judged/.test(x.why ?? ''))).toBe(true);
    const table = await cli(['test', receiver.url, '--scheme', 'slack', '--secret', secret, '--event', 'block_actions']);
    expect(table.stdout.split('\n').slice(2, 4).join('\n')).toMatch(
      /^Fix this first: genuine events were rejected\.\n {2}✗ block_actions \/ genuine: your handler answered 404/,
    );
  });
});
