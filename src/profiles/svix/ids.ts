/** Svix ids: a prefix and 27 alphanumerics (KSUID length); secrets `whsec_` + base64 of 24 bytes. */
import { createHash } from 'node:crypto';
import { randomAlphanumeric, toBase64, type RandomBytes } from '../shared/ids.js';

export const newAppId = (rb: RandomBytes): string => `app_${randomAlphanumeric(rb, 27)}`;
export const newEndpointId = (rb: RandomBytes): string => `ep_${randomAlphanumeric(rb, 27)}`;
export const newMessageId = (rb: RandomBytes): string => `msg_${randomAlphanumeric(rb, 27)}`;
export const newSecret = (rb: RandomBytes): string => `whsec_${toBase64(rb(24))}`;

/** A stable `atmpt_` id for one of hookyard's attempts. */
export function attemptId(hookyardAttemptId: string): string {
  return `atmpt_${createHash('sha256').update(hookyardAttemptId).digest('hex').slice(0, 27)}`;
}
