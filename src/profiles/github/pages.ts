/** GitHub's pagination: `per_page` (1–100) with a `Link` header, by `page` or by `cursor`. */
import type { ProfileRequest } from '../types.js';
import { apiBase } from './serialize.js';

export function perPage(query: URLSearchParams, fallback: number): number {
  const raw = query.get('per_page');
  const n = raw !== null && /^\d+$/.test(raw) ? Number(raw) : fallback;
  return Math.min(100, Math.max(1, n));
}

function linkTo(req: ProfileRequest<unknown>, changes: Record<string, string>): string {
  const query = new URLSearchParams(req.query);
  for (const [k, v] of Object.entries(changes)) query.set(k, v);
  return `${apiBase(req.headers.host)}${req.path}?${query.toString()}`;
}

/** `rel="next"`, `"last"`, `"first"`, `"prev"` for page-numbered lists; null when one page holds all. */
export function pageLinks(req: ProfileRequest<unknown>, total: number, size: number, page: number): string | null {
  const last = Math.max(1, Math.ceil(total / size));
  if (last === 1 && page === 1) return null;
  const links: string[] = [];
  if (page > 1) links.push(`<${linkTo(req, { page: String(page - 1) })}>; rel="prev"`);
  if (page < last) links.push(`<${linkTo(req, { page: String(page + 1) })}>; rel="next"`);
  links.push(`<${linkTo(req, { page: String(last) })}>; rel="last"`, `<${linkTo(req, { page: '1' })}>; rel="first"`);
  return links.join(', ');
}

export function cursorLink(req: ProfileRequest<unknown>, cursor: string): string {
  return `<${linkTo(req, { cursor })}>; rel="next"`;
}
