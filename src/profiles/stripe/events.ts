/** `GET /v1/events` and `GET /v1/events/:id`: every event hookyard fired for Stripe, as sent. */
import type { EventView, ProfileRequest, ProfileResponse } from '../types.js';
import { deliveriesOf } from '../shared/deliveries.js';
import { decodeForm } from '../shared/form-encoding.js';
import { isPlainObject } from '../shared/json-values.js';
import { stripeCodes, stripeErrors } from './errors.js';
import { listPage } from './list.js';
import type { StripeState } from './state.js';

type Req = ProfileRequest<StripeState>;

const TYPES_MAX = 20;

function fired(req: Req): Promise<EventView[]> {
  return deliveriesOf(req, stripeCodes.apiError).events('stripe');
}

export async function retrieveEvent(req: Req): Promise<ProfileResponse> {
  const event = (await fired(req)).find((e) => e.id === req.params.id);
  if (!event) throw stripeErrors.error(404, stripeCodes.resourceMissing, `No such event: '${req.params.id ?? ''}'`, 'id');
  return { status: 200, body: JSON.parse(event.body) as unknown };
}

export async function listEvents(req: Req): Promise<ProfileResponse> {
  const decoded = decodeForm(req.query.toString());
  if (!decoded.ok) throw stripeErrors.error(400, stripeCodes.invalidRequest, decoded.message);
  const q = decoded.value;
  const allowed = ['limit', 'starting_after', 'ending_before', 'type', 'types', 'created', 'delivery_success', 'expand'];
  for (const name of Object.keys(q))
    if (!allowed.includes(name)) throw stripeErrors.error(400, stripeCodes.parameterUnknown, `Received unknown parameter: ${name}`, name);
  const matchType = typeFilter(q.type, q.types);
  const inRange = createdFilter(q.created);
  const newestFirst = (await fired(req))
    .map((e) => ({ id: e.id, type: e.type, json: JSON.parse(e.body) as Record<string, unknown> }))
    .filter((e) => matchType(e.type) && inRange(typeof e.json.created === 'number' ? e.json.created : 0))
    .reverse();
  return { status: 200, body: listPage(newestFirst, req.query, '/v1/events', 'event', (e) => e.json) };
}

/** `type` takes one type or a `prefix.*` wildcard; `types[]` up to 20 exact types; not both. */
function typeFilter(type: unknown, types: unknown): (t: string) => boolean {
  if (type !== undefined && types !== undefined)
    throw stripeErrors.error(400, stripeCodes.invalidRequest, 'You may only specify one of these parameters: type, types.', 'types');
  if (typeof type === 'string' && type !== '') {
    if (type.endsWith('*')) {
      const prefix = type.slice(0, -1);
      return (t) => t.startsWith(prefix);
    }
    return (t) => t === type;
  }
  if (types !== undefined) {
    if (!Array.isArray(types) || types.some((t) => typeof t !== 'string'))
      throw stripeErrors.error(400, stripeCodes.invalidRequest, 'Invalid array', 'types');
    if (types.length > TYPES_MAX)
      throw stripeErrors.error(400, stripeCodes.invalidRequest, `Invalid types: at most ${TYPES_MAX} event types.`, 'types');
    return (t) => (types as string[]).includes(t);
  }
  return () => true;
}

/** `created=<unix>` or `created[gt|gte|lt|lte]=<unix>`. */
function createdFilter(created: unknown): (at: number) => boolean {
  if (created === undefined) return () => true;
  const int = (value: unknown, param: string): number => {
    if (typeof value !== 'string' || !/^\d+$/.test(value))
      throw stripeErrors.error(400, stripeCodes.parameterInvalidInteger, `Invalid integer: ${String(value)}`, param);
    return Number(value);
  };
  if (typeof created === 'string') {
    const at = int(created, 'created');
    return (t) => t === at;
  }
  if (!isPlainObject(created))
    throw stripeErrors.error(400, stripeCodes.invalidRequest, 'Invalid created: an integer or a hash with gt, gte, lt, lte.', 'created');
  const checks: Array<(t: number) => boolean> = [];
  for (const [op, value] of Object.entries(created)) {
    const n = int(value, `created[${op}]`);
    if (op === 'gt') checks.push((t) => t > n);
    else if (op === 'gte') checks.push((t) => t >= n);
    else if (op === 'lt') checks.push((t) => t < n);
    else if (op === 'lte') checks.push((t) => t <= n);
    else throw stripeErrors.error(400, stripeCodes.parameterUnknown, `Received unknown parameter: created[${op}]`, `created[${op}]`);
  }
  return (t) => checks.every((c) => c(t));
}
