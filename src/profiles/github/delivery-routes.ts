/** `…/pings`, `…/tests`, `…/deliveries`, `…/deliveries/{id}` and `…/deliveries/{id}/attempts`. */
import type { DeliveryBrief, DeliveryView, ProfileRequest, ProfileResponse } from '../types.js';
import { deliveriesOf } from '../shared/deliveries.js';
import { badRequest, githubCodes, notFound } from './errors.js';
import { findEndpoint, sendPing } from './endpoints.js';
import { deliveryNumber, newEventId, targetId } from './ids.js';
import { cursorLink, perPage } from './pages.js';
import { pushPayload } from './payloads.js';
import type { GithubHook, GithubState } from './state.js';

type Req = ProfileRequest<GithubState>;
type Attempt = DeliveryView['attempts'][number];

export async function pingEndpoint(req: Req): Promise<ProfileResponse> {
  await sendPing(req, findEndpoint(req));
  return { status: 204 };
}

/** GitHub sends the latest push only to hooks subscribed to push; otherwise 204 and nothing sent. */
export async function testEndpoint(req: Req): Promise<ProfileResponse> {
  const hook = findEndpoint(req);
  if (hook.target.kind === 'repos' && (hook.events.includes('push') || hook.events.includes('*'))) {
    const body = pushPayload(hook.target, req.deps.now(), req.deps.randomBytes);
    await deliveriesOf(req, githubCodes.internal).send('github', {
      id: newEventId(req.deps.randomBytes),
      type: 'push',
      body,
      endpointIds: [String(hook.id)],
    });
  }
  return { status: 204 };
}

interface Item {
  delivery: DeliveryBrief;
  attempt: DeliveryBrief['attempts'][number];
  id: number;
}

/** Every attempt is one GitHub delivery, newest first; a later attempt is a redelivery. Nothing is read back yet. */
function items(req: Req, hook: GithubHook): Item[] {
  const out: Item[] = [];
  for (const delivery of deliveriesOf(req, githubCodes.internal).briefs('github', String(hook.id))) {
    for (const attempt of [...delivery.attempts].reverse()) out.push({ delivery, attempt, id: deliveryNumber(attempt.id) });
  }
  return out;
}

/** The items with what their attempts sent and received, read for these items only (a page, or one). */
async function inFull(req: Req, chosen: readonly Item[]): Promise<Array<{ item: Item; attempt: Attempt }>> {
  const deliveries = deliveriesOf(req, githubCodes.internal);
  const views = new Map<string, Promise<DeliveryView | null>>();
  const out: Array<{ item: Item; attempt: Attempt }> = [];
  for (const item of chosen) {
    if (!views.has(item.delivery.id)) views.set(item.delivery.id, deliveries.view('github', item.delivery.id));
    const attempt = (await views.get(item.delivery.id))?.attempts.find((a) => a.id === item.attempt.id);
    if (attempt) out.push({ item, attempt });
  }
  return out;
}

function statusText(a: Item['attempt']): string {
  if (a.ok) return 'OK';
  if (a.status !== null) return `Invalid HTTP Response: ${a.status}`;
  return a.errorKind === 'timeout' ? 'timed out' : `failed to connect (${a.errorKind ?? 'error'})`;
}

function action(body: string): string | null {
  try {
    const parsed = JSON.parse(body) as { action?: unknown };
    return typeof parsed.action === 'string' ? parsed.action : null;
  } catch {
    return null;
  }
}

/** The event JSON, whether it went out as JSON or as `payload=` form. */
function payloadOf(a: Attempt): string {
  const type = a.request.headers['content-type'] ?? '';
  return type.startsWith('application/x-www-form-urlencoded') ? (new URLSearchParams(a.request.body).get('payload') ?? '') : a.request.body;
}

function itemJson(item: Item, attempt: Attempt, hook: GithubHook): Record<string, unknown> {
  const { delivery } = item;
  return {
    id: item.id,
    guid: delivery.eventId,
    delivered_at: attempt.at.replace(/\.\d{3}Z$/, 'Z'),
    redelivery: attempt.number > 1,
    duration: Math.round(attempt.durationMs) / 1000,
    status: statusText(attempt),
    status_code: attempt.status ?? 0,
    event: delivery.eventType,
    action: action(payloadOf(attempt)),
    installation_id: null,
    repository_id: hook.target.kind === 'repos' ? targetId(hook.target) : null,
    throttled_at: null,
  };
}

export async function listDeliveries(req: Req): Promise<ProfileResponse> {
  const hook = findEndpoint(req);
  const all = items(req, hook);
  const wanted = req.query.get('status');
  if (wanted !== null && wanted !== 'success' && wanted !== 'failure')
    throw badRequest(`status must be "success" or "failure", got "${wanted}"`);
  const filtered = wanted === null ? all : all.filter((i) => i.attempt.ok === (wanted === 'success'));
  const size = perPage(req.query, 30);
  const cursor = req.query.get('cursor');
  let start = 0;
  if (cursor) {
    const match = /^v1_(\d+)$/.exec(cursor);
    const at = match ? filtered.findIndex((i) => i.id === Number(match[1])) : -1;
    if (at < 0) throw badRequest(`cursor "${cursor}" is not a cursor from a Link header of this list`);
    start = at + 1;
  }
  const page = filtered.slice(start, start + size);
  const more = start + size < filtered.length;
  const headers: Record<string, string> = more ? { Link: cursorLink(req, `v1_${page.at(-1)!.id}`) } : {};
  return { status: 200, body: (await inFull(req, page)).map(({ item, attempt }) => itemJson(item, attempt, hook)), headers };
}

function findItem(req: Req, hook: GithubHook): Item {
  const raw = req.params.deliveryId ?? '';
  const item = /^\d{1,16}$/.test(raw) ? items(req, hook).find((i) => i.id === Number(raw)) : undefined;
  if (!item) throw notFound();
  return item;
}

export async function getDelivery(req: Req): Promise<ProfileResponse> {
  const hook = findEndpoint(req);
  const [found] = await inFull(req, [findItem(req, hook)]);
  if (!found) throw notFound();
  const { item, attempt } = found;
  let payload: unknown = null;
  try {
    payload = JSON.parse(payloadOf(attempt));
  } catch {
    payload = payloadOf(attempt);
  }
  return {
    status: 200,
    body: {
      ...itemJson(item, attempt, hook),
      url: hook.config.url,
      request: { headers: headerCase(attempt.request.headers), payload },
      response: { headers: attempt.responseHeaders ?? {}, payload: attempt.responseBody },
    },
  };
}

/** GitHub shows request headers in their wire spelling (`X-GitHub-Event`). */
function headerCase(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    out[
      name
        .split('-')
        .map((p) => (p === 'github' ? 'GitHub' : p.charAt(0).toUpperCase() + p.slice(1)))
        .join('-')
    ] = value;
  }
  return out;
}

/** A manual redelivery: 202 Accepted; the new attempt appears in the list with redelivery true. */
export async function redeliver(req: Req): Promise<ProfileResponse> {
  const hook = findEndpoint(req);
  const item = findItem(req, hook);
  await deliveriesOf(req, githubCodes.internal).retry('github', String(hook.id), item.delivery.id);
  return { status: 202, body: {} };
}
