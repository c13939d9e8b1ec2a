import { api, type TimelineEntry } from '../api.js';
import { breakable, el, replace, timeAgo } from '../dom.js';
import type { StreamEvent } from '../stream.js';
import type { View } from './view.js';

const KINDS: Record<string, TimelineEntry['kind']> = {
  capture: 'capture',
  'delivery.attempt': 'attempt',
  'api.call': 'api',
  'endpoint.changed': 'endpoint',
  'secret.revealed': 'secret',
  'capture.replayed': 'replay',
};

function refOf(event: StreamEvent): string | undefined {
  const capture = event.capture as { id?: string } | undefined;
  if (event.type === 'capture' && capture?.id) return `capture/${capture.id}`;
  if (event.type === 'capture.replayed' && typeof event.captureId === 'string') return `capture/${event.captureId}`;
  if (event.type === 'delivery.attempt' && typeof event.deliveryId === 'string') return `delivery/${event.deliveryId}`;
  return undefined;
}

function href(ref: string | undefined): string | null {
  if (!ref) return null;
  const [kind, id] = ref.split('/');
  if (kind === 'capture') return `#/captures/${encodeURIComponent(id!)}`;
  if (kind === 'delivery') return `#/deliveries/${encodeURIComponent(id!)}`;
  return null;
}

/** One timeline across management API calls, deliveries, captures and secret reveals. */
export function timelineView(): View {
  const list = el('ol', { class: 'timeline', 'data-testid': 'timeline' });
  const empty = el(
    'div',
    { class: 'empty', 'data-testid': 'timeline-empty' },
    el('h2', {}, 'Nothing has happened yet'),
    el(
      'p',
      { class: 'muted' },
      'Management API calls, endpoint changes, captures, deliveries and secret reveals appear here as they happen, newest first.',
    ),
  );
  const element = el('section', { class: 'scroll', 'aria-label': 'Timeline' }, empty, list);
  const sync = (): void => {
    empty.hidden = list.children.length > 0;
  };
  const row = (entry: TimelineEntry): HTMLElement => {
    const link = href(entry.ref);
    return el(
      'li',
      { class: `tl ${entry.kind} ${entry.ok === false ? 'failed' : ''}` },
      el('span', { class: 'muted small when' }, timeAgo(entry.at)),
      el('span', { class: 'kind' }, entry.kind),
      el(
        'span',
        { class: 'what' },
        entry.ok === false ? '✗ ' : '',
        link ? el('a', { href: link }, ...breakable(entry.summary)) : el('span', {}, ...breakable(entry.summary)),
      ),
    );
  };
  return {
    element,
    async refresh() {
      const entries = await api.get<TimelineEntry[]>('/timeline?limit=500');
      replace(list, ...entries.map(row));
      sync();
    },
    show() {
      sync();
    },
    onStream(event) {
      const kind = KINDS[event.type];
      if (kind && typeof event.summary === 'string' && typeof event.at === 'string') {
        list.insertBefore(
          row({ kind, at: event.at, summary: event.summary, ok: event.ok as boolean | undefined, ref: refOf(event) }),
          list.firstChild,
        );
        sync();
      }
    },
  };
}
