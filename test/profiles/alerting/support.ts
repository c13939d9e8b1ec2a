export { FIXED_NOW, makeCaller, seededRandomBytes } from '../signa/support.js';
export type { CallResult, Caller } from '../signa/support.js';

export const BASE = '/api/v1/alerting/webhook-endpoints';
export const seedBody = {
  name: 'Slack Webhook',
  url: 'https://hooks.slack.com/services/T00/B00/xxx',
  signingEnabled: true,
  signingSecret: 'my-secret-key',
};
