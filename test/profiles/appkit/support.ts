export { FIXED_NOW, makeCaller, seededRandomBytes } from '../signa/support.js';
export type { CallResult, Caller } from '../signa/support.js';

export const APP = 'app_123';
export const base = (appId: string = APP): string => `/apps/${appId}/webhooks`;
export const validBody = { url: 'https://example.com/appkit/webhooks', events: ['user.created', 'message.created'] };
