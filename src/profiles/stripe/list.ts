/** Stripe's list object and cursor pagination: `limit` (1–100, default 10), `starting_after`, `ending_before`. */
import { stripeCodes, stripeErrors } from './errors.js';

const LIMIT_DEFAULT = 10;
const LIMIT_MAX = 100;

export interface ListPage<T> {
  object: 'list';
  data: T[];
  has_more: boolean;
  url: string;
}

/** One page of `newestFirst`; `noun` names the object in a bad-cursor message. */
export function listPage<T extends { id: string }, J>(
  newestFirst: readonly T[],
  query: URLSearchParams,
  url: string,
  noun: string,
  toJson: (item: T) => J,
): ListPage<J> {
  const limit = parseLimit(query.get('limit'));
  const startingAfter = query.get('starting_after');
  const endingBefore = query.get('ending_before');
  let page: readonly T[];
  let hasMore: boolean;
  if (endingBefore !== null && endingBefore !== '') {
    const end = cursorIndex(newestFirst, endingBefore, 'ending_before', noun);
    const from = Math.max(0, end - limit);
    page = newestFirst.slice(from, end);
    hasMore = from > 0;
  } else {
    const start = startingAfter === null || startingAfter === '' ? 0 : cursorIndex(newestFirst, startingAfter, 'starting_after', noun) + 1;
    page = newestFirst.slice(start, start + limit);
    hasMore = start + limit < newestFirst.length;
  }
  return { object: 'list', data: page.map(toJson), has_more: hasMore, url };
}

function parseLimit(raw: string | null): number {
  if (raw === null || raw === '') return LIMIT_DEFAULT;
  if (!/^-?\d+$/.test(raw)) throw stripeErrors.error(400, stripeCodes.parameterInvalidInteger, `Invalid integer: ${raw}`, 'limit');
  const n = Number(raw);
  if (n < 1 || n > LIMIT_MAX)
    throw stripeErrors.error(400, stripeCodes.invalidRequest, `This value must be between 1 and ${LIMIT_MAX}, got ${raw}.`, 'limit');
  return n;
}

function cursorIndex(list: readonly { id: string }[], id: string, param: string, noun: string): number {
  const index = list.findIndex((e) => e.id === id);
  if (index < 0) throw stripeErrors.error(404, stripeCodes.resourceMissing, `No such ${noun}: '${id}'`, param);
  return index;
}
