import type { SchemeSpec } from '../types.js';

export const hubspotV3Scheme: SchemeSpec = {
  id: 'hubspot-v3',
  name: 'HubSpot v3',
  description: 'X-HubSpot-Signature-v3: <base64 HMAC-SHA256(METHOD + URI + body + timestamp)> with X-HubSpot-Request-Timestamp (ms)',
  algorithm: 'hmac-sha256',
  key: { format: 'utf8' },
  content: '{method}{hubspotUri}{body}{timestamp}',
  encoding: 'base64',
  signature: { header: ['X-HubSpot-Signature-v3'], format: { kind: 'plain' } },
  timestamp: { source: { header: ['X-HubSpot-Request-Timestamp'] }, unit: 'ms', toleranceSeconds: 300 },
  request: { contentType: 'application/json', headers: { 'User-Agent': 'HubSpot Connect 2.0 (http://dev.hubspot.com/)' } },
  verifier: {
    name: '@hubspot/api-client Signature.isValid',
    staleTimestamps: 'rejected',
    futureTimestamps: 'accepted',
    note: 'The client rejects timestamps older than 5 minutes; a timestamp ahead of the clock passes.',
  },
  multiSignature: false,
  urlBound: true,
  origin: 'vendor',
};
