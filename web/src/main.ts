import './styles.css';
import { el, replace, toast } from './dom.js';
import { connectStream } from './stream.js';
import { capturesView } from './views/captures-view.js';
import { endpointsView } from './views/endpoints-view.js';
import { deliveriesView } from './views/deliveries-view.js';
import { timelineView } from './views/timeline-view.js';

const views = {
  captures: { label: 'Captures', view: capturesView() },
  endpoints: { label: 'Endpoints', view: endpointsView() },
  deliveries: { label: 'Deliveries', view: deliveriesView() },
  timeline: { label: 'Timeline', view: timelineView() },
};
type ViewId = keyof typeof views;

const main = el('main', { id: 'main' });
const connection = el('span', { class: 'conn connecting', 'data-testid': 'connection', role: 'status' }, 'connecting…');
const tabs = (Object.keys(views) as ViewId[]).map((id, i) =>
  el('button', { type: 'button', role: 'tab', id: `tab-${id}`, 'aria-controls': 'main', title: `${views[id].label} (${i + 1})`, onclick: () => show(id) }, views[id].label));

function show(id: ViewId): void {
  location.hash = id;
  for (const tab of tabs) tab.setAttribute('aria-selected', String(tab.id === `tab-${id}`));
  replace(main, views[id].view.element);
  views[id].view.refresh().catch((error: Error) => toast(error.message, 'error'));
}

document.getElementById('app')!.append(
  el('header', { class: 'top' }, el('h1', {}, 'hookyard'), el('nav', { role: 'tablist', 'aria-label': 'Views' }, ...tabs), connection),
  main,
);

document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  if (target.closest('input, textarea, select')) return;
  const index = Number(event.key) - 1;
  const ids = Object.keys(views) as ViewId[];
  if (index >= 0 && index < ids.length) show(ids[index]!);
  else if (event.key === '/') {
    event.preventDefault();
    show('captures');
    views.captures.view.focusSearch();
  }
});

connectStream(
  (event) => {
    for (const { view } of Object.values(views)) view.onStream(event);
  },
  (state) => {
    connection.className = `conn ${state}`;
    connection.textContent = state === 'open' ? 'live' : state === 'connecting' ? 'connecting…' : 'reconnecting…';
    if (state === 'open') {
      // Catch up on whatever happened while the stream was down.
      const current = (location.hash.slice(1) || 'captures') as ViewId;
      (views[current] ?? views.captures).view.refresh().catch(() => undefined);
    }
  },
);

const initial = location.hash.slice(1) as ViewId;
show(initial in views ? initial : 'captures');
