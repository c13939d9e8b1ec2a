// Known-answer vectors for github (SHA-256), github-sha1 (legacy) and alerting (GitHub family).
// Run: node test/signing/vectors/generate-github.mjs [--stdout]
import { createHmac } from 'node:crypto';
import { sign as octokitSign } from '@octokit/webhooks-methods';
import { vector, writeVectors, expectEqual, versionOf } from './support/write-vectors.mjs';
import { EMOJI_JSON, NON_UTF8 } from './support/bodies.mjs';

const lib = `@octokit/webhooks-methods@${await versionOf('@octokit/webhooks-methods')}`;
const DOCS = 'docs.github.com/en/webhooks/using-webhooks/validating-webhook-deliveries';
const NOW = 1718001000000; // GitHub signs no timestamp: any now verifies.
const hmacHex = (alg, secret, bytes) => createHmac(alg, secret).update(bytes).digest('hex');
const delivery = (n) => `d3b7c9a0-2f4e-11ef-8a1b-00000000000${n}`;

const SECRET = "It's a Secret to Everybody";
const publicSig = await octokitSign(SECRET, 'Hello, World!');
expectEqual(publicSig, 'sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17', 'github public vector');

const ghSecret = 'gh-webhook-secret-7f3a9c';
const push = '{"ref":"refs/heads/main","repository":{"full_name":"octo/hello"},"pusher":{"name":"octocat"}}';
const github = [
  vector({
    name: 'docs example',
    source: `public: ${DOCS}`,
    checkedBy: `${lib} sign`,
    secret: SECRET,
    body: 'Hello, World!',
    headers: { 'X-Hub-Signature-256': publicSig, 'X-GitHub-Event': 'ping', 'X-GitHub-Delivery': delivery(1) },
    id: delivery(1),
    now: NOW,
    deterministic: true,
  }),
  vector({
    name: 'push event',
    source: `library: ${lib} sign`,
    secret: ghSecret,
    body: push,
    headers: { 'X-Hub-Signature-256': await octokitSign(ghSecret, push), 'X-GitHub-Event': 'push', 'X-GitHub-Delivery': delivery(2) },
    id: delivery(2),
    now: NOW,
    deterministic: true,
  }),
  vector({
    name: 'emoji body',
    source: `library: ${lib} sign`,
    secret: ghSecret,
    body: EMOJI_JSON,
    headers: {
      'X-Hub-Signature-256': await octokitSign(ghSecret, EMOJI_JSON),
      'X-GitHub-Event': 'issue_comment',
      'X-GitHub-Delivery': delivery(3),
    },
    id: delivery(3),
    now: NOW,
    deterministic: true,
  }),
  vector({
    name: 'non-UTF-8 body',
    source: `independent: node:crypto per ${DOCS} (the library takes only strings)`,
    secret: ghSecret,
    body: NON_UTF8,
    headers: {
      'X-Hub-Signature-256': `sha256=${hmacHex('sha256', ghSecret, NON_UTF8)}`,
      'X-GitHub-Event': 'push',
      'X-GitHub-Delivery': delivery(4),
    },
    id: delivery(4),
    now: NOW,
    deterministic: true,
  }),
];
writeVectors('github', github);

const SHA1 = `independent: node:crypto HMAC-SHA1 per ${DOCS} (legacy X-Hub-Signature; @octokit/webhooks-methods only signs SHA-256)`;
writeVectors('github-sha1', [
  vector({
    name: 'docs example body, legacy header',
    source: SHA1,
    secret: SECRET,
    body: 'Hello, World!',
    headers: { 'X-Hub-Signature': `sha1=${hmacHex('sha1', SECRET, 'Hello, World!')}`, 'X-GitHub-Delivery': delivery(5) },
    id: delivery(5),
    now: NOW,
    deterministic: true,
  }),
  vector({
    name: 'emoji body',
    source: SHA1,
    secret: ghSecret,
    body: EMOJI_JSON,
    headers: { 'X-Hub-Signature': `sha1=${hmacHex('sha1', ghSecret, EMOJI_JSON)}`, 'X-GitHub-Delivery': delivery(6) },
    id: delivery(6),
    now: NOW,
    deterministic: true,
  }),
]);

// alerting (design.md): GitHub family under X-Alerting-Signature-256, no timestamp.
const alertSecret = 'alrt_sec_3b1f0c9e7d2a4b6c8e0f1a2b';
const alert = '{"event":"alert.triggered","alert":{"id":"al-001","severity":"critical","title":"CPU > 90%"}}';
writeVectors('alerting', [
  vector({
    name: 'alert.triggered',
    source: `library (same sha256=<hex> scheme as GitHub): ${lib} sign`,
    secret: alertSecret,
    body: alert,
    headers: { 'X-Alerting-Signature-256': await octokitSign(alertSecret, alert), 'X-Alerting-Delivery': 'dlv_0001' },
    id: 'dlv_0001',
    now: NOW,
    deterministic: true,
  }),
  vector({
    name: 'emoji body',
    source: `library (same sha256=<hex> scheme as GitHub): ${lib} sign`,
    secret: alertSecret,
    body: EMOJI_JSON,
    headers: { 'X-Alerting-Signature-256': await octokitSign(alertSecret, EMOJI_JSON), 'X-Alerting-Delivery': 'dlv_0002' },
    id: 'dlv_0002',
    now: NOW,
    deterministic: true,
  }),
]);
