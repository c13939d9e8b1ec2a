import { el } from '../dom.js';

function table(testid: string, rows: Array<[string, string]>): HTMLElement {
  return el(
    'table',
    { class: 'kv', 'data-testid': testid },
    el('tbody', {}, ...rows.map(([k, v]) => el('tr', {}, el('th', {}, k), el('td', {}, v)))),
  );
}

function decodePairs(text: string): Array<[string, string]> | null {
  try {
    return [...new URLSearchParams(text)];
  } catch {
    return null;
  }
}

/** The query string and (for form posts) the body's fields, decoded into name/value rows. */
export function parsedFields(query: string, contentType: string | null, bodyText: string | null): HTMLElement[] {
  const out: HTMLElement[] = [];
  const q = query ? decodePairs(query) : null;
  if (q?.length) out.push(el('h3', {}, `Query (${q.length})`), table('query-fields', q));
  if (bodyText !== null && /^application\/x-www-form-urlencoded\b/i.test(contentType ?? '')) {
    const form = decodePairs(bodyText);
    if (form?.length) out.push(el('h3', {}, `Form fields (${form.length})`), table('form-fields', form));
  }
  return out;
}
