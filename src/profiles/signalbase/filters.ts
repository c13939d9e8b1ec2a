/**
 * Filter value formats (the seed points to an overview page that is not in it; inferred):
 * - countries, categories, funding, roundFlavor: comma lists, case-insensitive, any match;
 * - search: case-insensitive substring of the company name or description;
 * - teamSize, fundingAmount, acquisitionAmount, healthScore: `min-max`, `min+`, or an exact number;
 * - dateFrom / dateTo: ISO dates compared with the event's date.
 * An event without the field a filter looks at does not match that filter.
 */
type Json = Record<string, any>;

function list(value: string): string[] {
  return value
    .split(',')
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);
}

function inRange(spec: string, n: unknown): boolean {
  if (typeof n !== 'number') return false;
  const s = spec.trim();
  let m = /^(\d+(?:\.\d+)?)\s*-\s*(\d+(?:\.\d+)?)$/.exec(s);
  if (m) return n >= Number(m[1]) && n <= Number(m[2]);
  m = /^(\d+(?:\.\d+)?)\+$/.exec(s);
  if (m) return n >= Number(m[1]);
  return /^\d+(\.\d+)?$/.test(s) ? n === Number(s) : false;
}

/** The company an event is about (target for acquisitions). */
function companyOf(data: Json): Json {
  return data.company ?? data.target ?? data.to?.company ?? {};
}

export function matchesSignalbaseFilters(filters: Record<string, string>, event: unknown): boolean {
  const data = ((event as Json)?.data ?? {}) as Json;
  const company = companyOf(data);
  const date = Date.parse(
    data.round?.announced_at ??
      data.announced_at ??
      data.posted_at ??
      data.changed_at ??
      company.founded_at ??
      (event as Json)?.created_at ??
      '',
  );
  for (const [key, value] of Object.entries(filters)) {
    switch (key) {
      case 'countries':
        if (!list(value).includes(String(company.country ?? '').toLowerCase())) return false;
        break;
      case 'categories':
        if (!list(value).includes(String(company.category ?? '').toLowerCase())) return false;
        break;
      case 'funding':
        if (!list(value).includes(String(data.round?.type ?? '').toLowerCase())) return false;
        break;
      case 'roundFlavor':
        if (!list(value).includes(String(data.round?.flavor ?? '').toLowerCase())) return false;
        break;
      case 'search': {
        const text = `${company.name ?? ''} ${company.description ?? ''}`.toLowerCase();
        if (!text.includes(value.trim().toLowerCase())) return false;
        break;
      }
      case 'teamSize':
        if (!inRange(value, company.team_size)) return false;
        break;
      case 'fundingAmount':
        if (!inRange(value, data.round?.amount)) return false;
        break;
      case 'acquisitionAmount':
        if (!inRange(value, data.amount)) return false;
        break;
      case 'healthScore':
        if (!inRange(value, data.health_score)) return false;
        break;
      case 'dateFrom':
        if (!(date >= Date.parse(value))) return false;
        break;
      case 'dateTo':
        if (!(date <= Date.parse(value) + 86_399_999)) return false;
        break;
      default:
        break;
    }
  }
  return true;
}
