/** `GET /v1/webhooks`: a Stripe list object, newest first, with `limit`, `starting_after`, `ending_before`. */
import type { ProfileRequest, ProfileResponse } from '../types.js';
import { signaCodes, signaErrors } from './errors.js';
import { newRequestId } from './ids.js';
import { listItemJson } from './serialize.js';
import type { SignaState } from './state.js';

const LIMIT_DEFAULT = 10;
const LIMIT_MAX = 100;

export function listEndpoints(req: ProfileRequest<SignaState>): ProfileResponse {
  const limit = parseLimit(req.query.get('limit'));
  const startingAfter = req.query.get('starting_after');
  const endingBefore = req.query.get('ending_before');
  if (startingAfter !== null && endingBefore !== null) {
    throw signaErrors.error(400, signaCodes.parameterInvalid, 'Pass at most one of starting_after and ending_before.', 'ending_before');
  }
  const newestFirst = [...req.state.endpoints].reverse();
  let page = newestFirst;
  let hasMore = false;
  if (endingBefore !== null) {
    const end = cursorIndex(newestFirst, endingBefore, 'ending_before');
    const from = Math.max(0, end - limit);
    page = newestFirst.slice(from, end);
    hasMore = from > 0;
  } else {
    const start = startingAfter === null ? 0 : cursorIndex(newestFirst, startingAfter, 'starting_after') + 1;
    page = newestFirst.slice(start, start + limit);
    hasMore = start + limit < newestFirst.length;
  }
  return {
    status: 200,
    body: {
      object: 'list',
      data: page.map(listItemJson),
      has_more: hasMore,
      url: '/v1/webhooks',
      request_id: newRequestId(req.deps.randomBytes),
    },
  };
}

function parseLimit(raw: string | null): number {
  if (raw === null) return LIMIT_DEFAULT;
  const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > LIMIT_MAX) {
    throw signaErrors.error(
      400,
      signaCodes.parameterInvalid,
      `limit must be an integer between 1 and ${LIMIT_MAX}, got '${raw}'.`,
      'limit',
    );
  }
  return n;
}

function cursorIndex(list: readonly { id: string }[], id: string, param: string): number {
  const index = list.findIndex((e) => e.id === id);
  if (index < 0) throw signaErrors.error(400, signaCodes.resourceMissing, `No such webhook endpoint: '${id}' (given as ${param}).`, param);
  return index;
}
