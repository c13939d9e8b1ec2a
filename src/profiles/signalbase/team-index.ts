import type { SignalbaseState, SignalbaseWebhook } from './state.js';

interface TeamIndex {
  /** How many webhooks of the array are indexed: the ones after it were appended since. */
  indexed: number;
  byTeam: Map<string, SignalbaseWebhook[]>;
}

// Owned by the webhooks array it indexes: another array (another state loaded) has its own.
const indexes = new WeakMap<SignalbaseWebhook[], TeamIndex>();

/**
 * A team's webhooks in creation order, deleted ones included, without scanning every team's: the
 * active-webhook limit is checked on each create. Signalbase only ever appends webhooks (DELETE
 * sets `deleted_at`) and a webhook's team never changes, so the index extends with the array; an
 * array that shrank is indexed afresh.
 */
export function teamWebhooks(state: SignalbaseState, team: string): SignalbaseWebhook[] {
  const webhooks = state.webhooks;
  let index = indexes.get(webhooks);
  if (!index || index.indexed > webhooks.length) {
    index = { indexed: 0, byTeam: new Map() };
    indexes.set(webhooks, index);
  }
  for (; index.indexed < webhooks.length; index.indexed++) {
    const webhook = webhooks[index.indexed]!;
    const list = index.byTeam.get(webhook.team);
    if (list) list.push(webhook);
    else index.byTeam.set(webhook.team, [webhook]);
  }
  return index.byTeam.get(team) ?? [];
}
