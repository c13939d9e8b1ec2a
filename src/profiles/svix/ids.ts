/** Svix ids: a prefix and 27 alphanumerics (KSUID length); secrets `whsec_` + base64 of 24 bytes. */
import { createHash } from 'node:crypto';
import { prefixedId, randomEncoded } from '../kit/index.js';

export const newAppId = prefixedId('app_', 27);
export const newEndpointId = prefixedId('ep_', 27);
export const newMessageId = prefixedId('msg_', 27);
export const newSecret = randomEncoded('whsec_', 24, 'base64');

/** A stable `atmpt_` id for one of hookyard's attempts. */
export function attemptId(hookyardAttemptId: string): string {
  return `atmpt_${createHash('sha256').update(hookyardAttemptId).digest('hex').slice(0, 27)}`;
}
