/** PipAI id and secret formats. */
import { randomEncoded, type RandomBytes } from '../kit/index.js';

/** Eight hex characters (4 random bytes); a webhook id shows the first 6 to 8 of them. */
const webhookIdHex = randomEncoded('', 4, 'hex');

/** `wh_` + 6 hex; grows to 8 if a collision ever happens (the seed allows 6–8). */
export function newWebhookId(randomBytes: RandomBytes, taken: (id: string) => boolean): string {
  for (let length = 6; ; length = Math.min(8, length + 1)) {
    const id = `wh_${webhookIdHex(randomBytes).slice(0, length)}`;
    if (!taken(id)) return id;
  }
}

/** 40 base64url characters: 30 random bytes encode to exactly that. */
export const newSecret = randomEncoded('', 30, 'base64url');

/** `evt_` + 16 hex (8 random bytes). */
export const newEventId = randomEncoded('evt_', 8, 'hex');
