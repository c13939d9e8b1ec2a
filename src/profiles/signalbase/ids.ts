/** Signalbase's ids, secrets and event ids are all UUID v4 (the seed's examples). */
import { uuidV4 } from '../kit/index.js';

export const newWebhookId = uuidV4;
export const newSecret = uuidV4;
export const newEventId = uuidV4;
