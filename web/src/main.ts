import './styles.css';
import { el, replace, tickTimes, toast } from './dom.js';
import { humanError } from './api.js';
import { connectStream } from './stream.js';
import { currentRoute, navigate, onRoute, VIEW_IDS, type Route, type ViewId } from './router.js';
import { capturesView } from './views/captures-view.js';
import { endpointsView } from './views/endpoints-view.js';
import { deliveriesView } from './views/deliveries-view.js';
import { timelineView } from './views/timeline-view.js';
import type { View } from './views/view.js';
import { storageStatus } from './storage-status.js';

const views: Record<ViewId, { label: string; view: View }> = {
  captures: { label: 'Captures', view: capturesView() },
  endpoints: { label: 'Endpoints', view: endpointsView() },
  deliveries: { label: 'Deliveries', view: deliveriesView() },
  timeline: { label: 'Timeline', view: timelineView() },
};

const main = el('main', { id: 'main' });
const storage = storageStatus();
const connection = el('span', { class: 'conn connecting', 'data-testid': 'connection', role: 'status' }, 'connecting…');
const tabs = VIEW_IDS.map((id, i) =>
  el(
    'a',
    { role: 'tab', id: `tab-${id}`, href: `#/${id}`, 'aria-controls': 'main', title: `${views[id].label} (${i + 1})` },
    views[id].label,
  ),
);

let shownView: ViewId | null = null;
function render(route: Route): void {
  const { view } = views[route.view];
  for (const tab of tabs) tab.setAttribute('aria-selected', String(tab.id === `tab-${route.view}`));
  if (shownView !== route.view) {
    replace(main, view.element);
    shownView = route.view;
    view.refresh().catch((error: unknown) => toast(humanError(error, `Loading ${views[route.view].label}`), 'error'));
  }
  view.show(route);
  document.title = `${views[route.view].label}${route.id ? ` · ${route.id}` : ''} — hookyard`;
}

document
  .getElementById('app')!
  .append(
    el('header', { class: 'top' }, el('h1', {}, 'hookyard'), el('nav', { role: 'tablist', 'aria-label': 'Views' }, ...tabs), connection),
    storage.element,
    main,
  );

document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  if (target.closest('input, textarea, select, dialog') || event.ctrlKey || event.metaKey || event.altKey) return;
  const index = Number(event.key) - 1;
  if (index >= 0 && index < VIEW_IDS.length) navigate({ view: VIEW_IDS[index]! });
  else if (event.key === '/') {
    event.preventDefault();
    navigate({ view: 'captures' });
    (views.captures.view as ReturnType<typeof capturesView>).focusSearch();
  }
});

connectStream(
  (event) => {
    for (const { view } of Object.values(views)) view.onStream(event);
  },
  (state, info) => {
    connection.className = `conn ${state}`;
    connection.textContent = state === 'open' ? 'live' : state === 'connecting' ? 'connecting…' : 'reconnecting…';
    if (state === 'open') {
      void storage.check();
      // Catch up on whatever happened while the stream was down.
      const route = currentRoute();
      const { view } = views[route.view];
      view
        .refresh()
        .then(() => view.show(route))
        .catch(() => undefined);
      if (info.restarted) toast('The workbench restarted; the inspector reconnected and caught up.');
    }
  },
);

setInterval(tickTimes, 10_000);
// The disk can fail or recover without any stream event: look every few seconds.
setInterval(() => void storage.check(), 3000);
void storage.check();
onRoute(render);
render(currentRoute());
