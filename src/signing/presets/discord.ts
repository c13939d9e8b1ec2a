import type { SchemeSpec } from '../types.js';

export const discordScheme: SchemeSpec = {
  id: 'discord',
  name: 'Discord',
  description: 'X-Signature-Ed25519: <hex Ed25519("<ts><body>")> with X-Signature-Timestamp; verify with the app public key (hex)',
  algorithm: 'ed25519',
  key: { format: 'ed25519-hex' },
  content: '{timestamp}{body}',
  encoding: 'hex',
  signature: { header: ['X-Signature-Ed25519'], format: { kind: 'plain' } },
  timestamp: { source: { header: ['X-Signature-Timestamp'] }, unit: 's', toleranceSeconds: null },
  request: {
    contentType: 'application/json',
    headers: { 'User-Agent': 'Discord-Interactions/1.0 (+https://discord.com)' },
    eventField: 'type',
  },
  verifier: {
    name: 'discord-interactions verifyKey',
    staleTimestamps: 'not-checked',
    futureTimestamps: 'not-checked',
    note: 'verifyKey signs the timestamp but checks no window.',
  },
  multiSignature: false,
  origin: 'vendor',
};
