import { api, type TimelineEntry } from '../api.js';
import { el, formatTime, replace } from '../dom.js';
import type { StreamEvent } from '../stream.js';

/** One timeline across management API calls, deliveries and captures. */
export function timelineView(): { element: HTMLElement; refresh(): Promise<void>; onStream(event: StreamEvent): void } {
  const list = el('ol', { class: 'timeline', 'data-testid': 'timeline' });
  const element = el('section', { class: 'scroll', 'aria-label': 'Timeline' }, list);
  const row = (entry: TimelineEntry): HTMLElement =>
    el('li', { class: `tl ${entry.kind} ${entry.ok === false ? 'failed' : ''}` },
      el('span', { class: 'muted small' }, formatTime(entry.at)),
      el('span', { class: 'kind' }, entry.kind),
      el('span', {}, entry.summary));
  return {
    element,
    async refresh() {
      const entries = await api.get<TimelineEntry[]>('/timeline?limit=500');
      replace(list, ...entries.map(row));
    },
    onStream(event) {
      if (typeof event.summary === 'string' && typeof event.at === 'string') {
        const kind = event.type === 'capture' ? 'capture' : event.type === 'delivery.attempt' ? 'attempt' : event.type === 'api.call' ? 'api' : 'endpoint';
        list.insertBefore(row({ kind, at: event.at, summary: event.summary, ok: event.ok as boolean | undefined }), list.firstChild);
      }
    },
  };
}
