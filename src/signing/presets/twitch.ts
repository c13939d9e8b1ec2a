import type { SchemeSpec } from '../types.js';

export const twitchScheme: SchemeSpec = {
  id: 'twitch',
  name: 'Twitch EventSub',
  description: 'Twitch-Eventsub-Message-Signature: sha256=<hex HMAC-SHA256(id + timestamp + body)>, RFC 3339 timestamp, 10 min',
  algorithm: 'hmac-sha256',
  key: { format: 'utf8' },
  content: '{id}{timestamp}{body}',
  encoding: 'hex',
  signature: { header: ['Twitch-Eventsub-Message-Signature'], format: { kind: 'prefixed', prefix: 'sha256=' } },
  messageId: { header: ['Twitch-Eventsub-Message-Id'] },
  timestamp: { source: { header: ['Twitch-Eventsub-Message-Timestamp'] }, unit: 'rfc3339', toleranceSeconds: 600 },
  request: {
    contentType: 'application/json',
    headers: {
      'User-Agent': 'Twitch-Eventsub-Webhooks/1.0',
      'Twitch-Eventsub-Message-Type': 'notification',
      'Twitch-Eventsub-Message-Retry': '0',
      'Twitch-Eventsub-Subscription-Type': '{event}',
      'Twitch-Eventsub-Subscription-Version': '1',
    },
    idFormat: 'uuid',
    eventField: 'subscription.type',
  },
  verifier: {
    name: 'Twitch EventSub guide (reject messages older than 10 minutes)',
    staleTimestamps: 'rejected',
    futureTimestamps: 'accepted',
    note: 'The guide only rejects old messages.',
  },
  multiSignature: false,
  origin: 'vendor',
};
