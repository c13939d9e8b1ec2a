import type { SchemeSpec } from '../types.js';

export const slackScheme: SchemeSpec = {
  id: 'slack',
  name: 'Slack',
  description: 'X-Slack-Signature: v0=<hex HMAC-SHA256("v0:<ts>:<body>")> with X-Slack-Request-Timestamp',
  algorithm: 'hmac-sha256',
  key: { format: 'utf8' },
  content: 'v0:{timestamp}:{body}',
  encoding: 'hex',
  signature: { header: ['X-Slack-Signature'], format: { kind: 'prefixed', prefix: 'v0=' } },
  timestamp: { source: { header: ['X-Slack-Request-Timestamp'] }, unit: 's', toleranceSeconds: 300 },
  request: {
    contentType: 'application/json',
    headers: { 'User-Agent': 'Slackbot 1.0 (+https://api.slack.com/robots)', Accept: '*/*' },
    retryHeaders: { 'X-Slack-Retry-Num': '{retry}', 'X-Slack-Retry-Reason': 'http_timeout' },
    eventField: 'type',
  },
  verifier: {
    name: '@slack/bolt HTTPReceiver (verifySlackRequest)',
    staleTimestamps: 'rejected',
    futureTimestamps: 'accepted',
    note: 'Bolt rejects timestamps older than 5 minutes; a timestamp ahead of the clock passes.',
  },
  multiSignature: false,
  origin: 'vendor',
};
