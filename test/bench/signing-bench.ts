import { performance } from 'node:perf_hooks';
import { Webhook } from 'standardwebhooks';
import Stripe from 'stripe';
import { sign as octokitSign, verify as octokitVerify } from '@octokit/webhooks-methods';
import { sign, verify } from '../../src/signing/index.js';
import { compare, formatOps, median } from './measure.js';

export interface BenchResult {
  name: string;
  figure: string;
  goal: string;
  pass: boolean;
}

/** A valid JSON body of exactly 1 KiB (the libraries parse it). */
export function kibBody(): string {
  const shell = JSON.stringify({ id: 'evt_bench', type: 'bench.run', data: '' });
  return JSON.stringify({ id: 'evt_bench', type: 'bench.run', data: 'x'.repeat(1024 - shell.length) });
}

export async function signingBench(): Promise<BenchResult[]> {
  const body = kibBody();
  const bytes = new TextEncoder().encode(body);
  const now = Date.now();
  const out: BenchResult[] = [];

  // Standard Webhooks against the standardwebhooks library.
  const swSecret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
  const swHeaders = sign('standard-webhooks', { body: bytes, secret: swSecret, id: 'msg_bench', now });
  const wh = new Webhook(swSecret);
  const sw = await compare(
    () => wh.verify(body, swHeaders),
    () => {
      if (!verify('standard-webhooks', { headers: swHeaders, body: bytes, secrets: [swSecret], now: Date.now(), diagnose: false }).ok)
        throw new Error('bench: verify failed');
    },
  );
  out.push({
    name: 'verify 1 KiB, standard-webhooks vs standardwebhooks Webhook.verify',
    figure: `${sw.ratio.toFixed(2)}× (${formatOps(sw.candidate)} vs ${formatOps(sw.baseline)})`,
    goal: '≥ 1.0×',
    pass: sw.ratio >= 1,
  });

  // Stripe against stripe.webhooks.constructEvent.
  const stripe = new Stripe('sk_test_bench');
  const stripeSecret = 'whsec_bench_secret';
  const stripeHeader = sign('stripe', { body: bytes, secret: stripeSecret, now })['Stripe-Signature']!;
  const st = await compare(
    () => stripe.webhooks.constructEvent(body, stripeHeader, stripeSecret, 300),
    () => {
      if (
        !verify('stripe', {
          headers: { 'stripe-signature': stripeHeader },
          body: bytes,
          secrets: [stripeSecret],
          now: Date.now(),
          diagnose: false,
        }).ok
      )
        throw new Error('bench: verify failed');
    },
  );
  out.push({
    name: 'verify 1 KiB, stripe vs stripe.webhooks.constructEvent',
    figure: `${st.ratio.toFixed(2)}× (${formatOps(st.candidate)} vs ${formatOps(st.baseline)})`,
    goal: '≥ 1.0×',
    pass: st.ratio >= 1,
  });

  // GitHub against @octokit/webhooks-methods verify (async in its API).
  const ghSecret = "It's a Secret to Everybody";
  const ghSignature = await octokitSign(ghSecret, body);
  const gh = await compare(
    () => octokitVerify(ghSecret, body, ghSignature),
    async () => {
      if (
        !verify('github', { headers: { 'x-hub-signature-256': ghSignature }, body: bytes, secrets: [ghSecret], now: 0, diagnose: false }).ok
      )
        throw new Error('bench: verify failed');
    },
  );
  out.push({
    name: 'verify 1 KiB, github vs @octokit/webhooks-methods verify',
    figure: `${gh.ratio.toFixed(2)}× (${formatOps(gh.candidate)} vs ${formatOps(gh.baseline)})`,
    goal: '≥ 1.0×',
    pass: gh.ratio >= 1,
  });

  // Diagnosis of a failing signature (wrong secret: every variant is tried).
  const times: number[] = [];
  for (let i = 0; i < 300; i++) {
    const start = performance.now();
    const verdict = verify('stripe', {
      headers: { 'stripe-signature': stripeHeader },
      body: bytes,
      secrets: ['whsec_wrong'],
      now: Date.now(),
    });
    times.push(performance.now() - start);
    if (verdict.ok || !verdict.diagnosis) throw new Error('bench: expected a diagnosis');
  }
  const diag = median(times.slice(50));
  out.push({ name: 'diagnose a failing 1 KiB stripe signature (median)', figure: `${diag.toFixed(3)} ms`, goal: '< 2 ms', pass: diag < 2 });
  return out;
}
