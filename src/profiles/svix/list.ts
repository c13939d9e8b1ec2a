/** Svix's iterator pagination: `limit` (1–250, default 50), `iterator`, and `{data, iterator, prevIterator, done}`. */
import type { ProfileRequest } from '../types.js';
import { invalid } from './errors.js';

const LIMIT_DEFAULT = 50;
const LIMIT_MAX = 250;

export interface ListResponse<J> {
  data: J[];
  iterator: string | null;
  prevIterator: string | null;
  done: boolean;
}

/** One page of `items` (already in list order); an iterator `-<id>` walks back (prevIterator). */
export function listPage<T extends { id: string }, J>(
  req: ProfileRequest<unknown>,
  items: readonly T[],
  toJson: (item: T) => J,
): ListResponse<J> {
  const rawLimit = req.query.get('limit');
  const limit = rawLimit === null ? LIMIT_DEFAULT : /^\d+$/.test(rawLimit) ? Number(rawLimit) : NaN;
  if (!(limit >= 1 && limit <= LIMIT_MAX)) throw invalid('limit', `ensure limit is between 1 and ${LIMIT_MAX}`);
  const iterator = req.query.get('iterator');
  let start = 0;
  let end: number;
  if (iterator?.startsWith('-')) {
    const at = indexOf(items, iterator.slice(1));
    start = Math.max(0, at - limit);
    end = at;
  } else {
    start = iterator ? indexOf(items, iterator) + 1 : 0;
    end = start + limit;
  }
  const page = items.slice(start, end);
  return {
    data: page.map(toJson),
    iterator: page.at(-1)?.id ?? null,
    prevIterator: page[0] ? `-${page[0].id}` : null,
    done: end >= items.length,
  };
}

function indexOf(items: readonly { id: string }[], id: string): number {
  const at = items.findIndex((i) => i.id === id);
  if (at < 0) throw invalid('iterator', `iterator "${id}" is not an item of this list`);
  return at;
}

/** `order=ascending|descending` over creation order. */
export function ordered<T>(items: readonly T[], req: ProfileRequest<unknown>, fallback: 'ascending' | 'descending'): T[] {
  const order = req.query.get('order') ?? fallback;
  if (order !== 'ascending' && order !== 'descending') throw invalid('order', 'order must be ascending or descending');
  return order === 'ascending' ? [...items] : [...items].reverse();
}
