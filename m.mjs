import { verify as ov, sign as os } from '@octokit/webhooks-methods';
import { fastVerify } from './.build/bench/src/signing/engine/fast-verify.js';
import { getScheme } from './.build/bench/src/signing/index.js';
import { compare } from './.build/bench/test/bench/measure.js';
const body = JSON.stringify({ id: 'evt_bench', type: 'bench.run', data: 'x'.repeat(980) });
const bytes = new TextEncoder().encode(body);
const sig = await os('k', body);
const s = getScheme('github');
for (let i = 0; i < 2; i++) console.log('fast', (await compare(() => ov('k', body, sig), async () => { if (!fastVerify(s, { headers: { 'x-hub-signature-256': sig }, body: bytes, secrets: ['k'], now: 0 })) throw 1; })).ratio.toFixed(2));
