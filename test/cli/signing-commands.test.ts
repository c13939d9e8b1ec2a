import { verify } from '../../src/index.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { runBinary } from '../support/run-binary.js';

const STRIPE_BODY = '{"id":"evt_test_webhook","object":"event"}';
const STRIPE_SIG = 't=1614265330,v1=3c5817089d739023dd6190f70a3757e04f7a2fd8b5dab12c2e000f51970dccff';

describe('hookyard sign', () => {
  it('prints the Stripe public vector as "Name: value" lines', async () => {
    const r = await runBinary([
      'sign',
      '--scheme',
      'stripe',
      '--secret',
      'whsec_test_secret',
      '--body',
      STRIPE_BODY,
      '--timestamp',
      '1614265330',
      '--signature-only',
    ]);
    expect(r).toMatchObject({ code: 0, stdout: `Stripe-Signature: ${STRIPE_SIG}\n` });
    const all = await runBinary([
      'sign',
      '--scheme',
      'stripe',
      '--secret',
      'whsec_test_secret',
      '--body',
      STRIPE_BODY,
      '--timestamp',
      '1614265330',
    ]);
    expect(all.stdout).toBe(
      `content-type: application/json; charset=utf-8\nUser-Agent: Stripe/1.0 (+https://stripe.com/docs/webhooks)\nCache-Control: no-cache\nAccept: */*; q=0.5, application/xml\nStripe-Signature: ${STRIPE_SIG}\n`,
    );
  });

  it('prints JSON with --json and signs bytes from a file and from stdin', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hookyard-cli-'));
    const bytes = Buffer.from([0xff, 0x00, 0x80, 0x41]);
    writeFileSync(join(dir, 'body.bin'), bytes);
    const fromFile = await runBinary([
      'sign',
      '--scheme',
      'github',
      '--secret',
      'k',
      '--body-file',
      join(dir, 'body.bin'),
      '--id',
      'd1',
      '--json',
    ]);
    expect(fromFile.code).toBe(0);
    const headers = JSON.parse(fromFile.stdout) as Record<string, string>;
    expect(verify('github', { headers, body: bytes, secrets: ['k'], now: 0 }).ok).toBe(true);
    const fromStdin = await runBinary(['sign', '--scheme', 'github', '--secret', 'k', '--body-file', '-', '--id', 'd1', '--json'], {
      input: bytes,
    });
    expect(JSON.parse(fromStdin.stdout)).toEqual(headers);
  });

  it('signs with the current time when no timestamp is given', async () => {
    const r = await runBinary(['sign', '--scheme', 'slack', '--secret', 'k', '--body', 'x']);
    const ts = Number(/X-Slack-Request-Timestamp: (\d+)/.exec(r.stdout)?.[1]);
    expect(Math.abs(ts - Date.now() / 1000)).toBeLessThan(60);
  });

  it('exits 2 with usage for bad flags', async () => {
    for (const args of [
      ['sign'],
      ['sign', '--scheme', 'stripe'],
      ['sign', '--scheme', 'nope', '--secret', 'k', '--body', 'x'],
      ['sign', '--scheme', 'stripe', '--secret', 'k'],
      ['sign', '--wat'],
    ]) {
      const r = await runBinary(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/Usage: hookyard sign/);
    }
  });
});

describe('hookyard verify', () => {
  it('exits 0 for a valid signature', async () => {
    const r = await runBinary([
      'verify',
      '--scheme',
      'stripe',
      '--secret',
      'whsec_test_secret',
      '-H',
      `Stripe-Signature: ${STRIPE_SIG}`,
      '--body',
      STRIPE_BODY,
      '--now',
      '1614265331',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^✓ valid/);
  });

  it('exits 1 and prints the reason and diagnosis for a re-serialized body', async () => {
    const r = await runBinary([
      'verify',
      '--scheme',
      'stripe',
      '--secret',
      'whsec_test_secret',
      '-H',
      `Stripe-Signature: ${STRIPE_SIG}`,
      '--body',
      '{"id": "evt_test_webhook", "object": "event"}',
      '--now',
      '1614265331',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/invalid \(signature_mismatch\).*re-serialized/);
    expect(r.stdout).toMatch(/checked:/);
  });

  it('exits 1 for a stale timestamp, and --tolerance widens the window', async () => {
    const base = [
      'verify',
      '--scheme',
      'stripe',
      '--secret',
      'whsec_test_secret',
      '-H',
      `Stripe-Signature: ${STRIPE_SIG}`,
      '--body',
      STRIPE_BODY,
      '--now',
      '1614269000',
    ];
    const stale = await runBinary(base);
    expect(stale.code).toBe(1);
    expect(stale.stdout).toMatch(/timestamp_too_old/);
    expect((await runBinary([...base, '--tolerance', '7200'])).code).toBe(0);
  });

  it('accepts the previous secret and says so, with --json', async () => {
    const r = await runBinary([
      'verify',
      '--scheme',
      'stripe',
      '--secret',
      'whsec_new',
      '--secret',
      'whsec_test_secret',
      '-H',
      `Stripe-Signature: ${STRIPE_SIG}`,
      '--body',
      STRIPE_BODY,
      '--now',
      '1614265331',
      '--json',
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, matchedSecret: 1 });
  });

  it('exits 2 for usage errors', async () => {
    for (const args of [
      ['verify', '--scheme', 'stripe', '--secret', 'k', '--body', 'x'],
      ['verify', '--scheme', 'stripe', '--secret', 'k', '-H', 'no-colon', '--body', 'x'],
      ['verify', '--scheme', 'stripe', '--secret', 'k', '-H', 'A: b', '--body', 'x', '--now', 'soon'],
      ['verify', '--scheme', 'stripe', '--secret', 'k', '-H', 'A: b', '--body', 'x', '--body-file', 'y'],
    ]) {
      const r = await runBinary(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/Usage: hookyard verify/);
    }
  });
});

describe('hookyard schemes', () => {
  it('lists every preset, and --json gives the descriptions', async () => {
    const r = await runBinary(['schemes']);
    expect(r.code).toBe(0);
    for (const id of ['standard-webhooks', 'stripe', 'github', 'twilio-json', 'gitlab', 'signa', 'appkit'])
      expect(r.stdout).toMatch(new RegExp(`^${id} `, 'm'));
    const json = JSON.parse((await runBinary(['schemes', '--json'])).stdout) as Array<{ id: string }>;
    expect(json.length).toBe(29);
  });

  it('rejects an unknown command with exit 2', async () => {
    const r = await runBinary(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command "frobnicate"/);
  });
});
