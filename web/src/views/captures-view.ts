import { api, humanError, type CaptureDetail, type CaptureSummary } from '../api.js';
import { el, formatBytes, replace, timeAgo } from '../dom.js';
import { navigate, type Route } from '../router.js';
import type { StreamEvent } from '../stream.js';
import { captureDetail } from './capture-detail.js';
import { replayHistory } from './capture-stored.js';
import { channelSettings } from './channel-settings.js';
import { firstRun, selectOne } from './first-run.js';
import { verdictLabel, verdictTag } from './verdict-box.js';
import type { View } from './view.js';
import { virtualList } from './virtual-list.js';
import { captureToolbar } from './capture-toolbar.js';

const FIRST_PAGE = 500;
const NEXT_PAGES = 5000;

function verdictClass(c: CaptureSummary): string {
  return verdictLabel(c.verdict).kind;
}

export function capturesView(): View & { focusSearch(): void } {
  let all: CaptureSummary[] = [];
  let loaded = false;
  // What the server stores; `all` may still be filling up page by page.
  let total = 0;
  let generation = 0;
  const search = el('input', {
    type: 'search',
    placeholder: 'Search ( / )',
    title: 'Search path, method, verdict, scheme, status:200, content type',
    'aria-label': 'Search captures',
    class: 'grow',
  });
  const channel = el('select', { 'aria-label': 'Channel' }, el('option', { value: '' }, 'all channels'));
  const method = el(
    'select',
    { 'aria-label': 'Method' },
    ...['', 'GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'].map((m) => el('option', { value: m }, m || 'any method')),
  );
  const verdict = el(
    'select',
    { 'aria-label': 'Verdict' },
    el('option', { value: '' }, 'any verdict'),
    el('option', { value: 'ok' }, 'valid'),
    el('option', { value: 'failed' }, 'invalid'),
    el('option', { value: 'unsigned' }, 'unsigned'),
  );
  const count = el('span', { class: 'muted', 'data-testid': 'capture-count' }, '0');
  const detail = el('section', { class: 'detail', 'aria-label': 'Capture detail', 'data-testid': 'capture-detail' });
  let selectedId: string | null = null;

  const list = virtualList<CaptureSummary>({
    rowHeight: 52,
    label: 'Captures',
    renderRow: (c, selected) =>
      el(
        'a',
        {
          class: `row capture-row ${selected ? 'selected' : ''}`,
          href: `#/captures/${encodeURIComponent(c.id)}`,
          'data-id': c.id,
          'data-testid': 'capture-row',
          tabindex: '-1',
        },
        verdictTag(c.verdict),
        el('span', { class: 'method' }, c.method),
        el('span', { class: 'path grow' }, `/in/${c.channel}${c.path}`),
        el(
          'span',
          { class: 'muted small when', 'data-testid': 'capture-when' },
          el('span', { class: 'size' }, `${formatBytes(c.size)} · `),
          timeAgo(c.receivedAt),
        ),
      ),
    // Clicking a row follows its link; the keyboard steps through the list in place.
    onSelect: (c, how) => navigate({ view: 'captures', id: c.id }, { replace: how === 'keyboard' && selectedId !== null }),
  });

  const matches = (c: CaptureSummary): boolean => {
    if (channel.value && c.channel !== channel.value) return false;
    if (method.value && c.method !== method.value) return false;
    if (verdict.value && verdictClass(c) !== verdict.value) return false;
    const q = search.value.trim().toLowerCase();
    return (
      !q ||
      `${c.method} /in/${c.channel}${c.path} ${verdictLabel(c.verdict).word} ${c.verdict?.code ?? 'unsigned'} ${c.verdict?.scheme ?? ''} status:${c.response.status} ${c.contentType ?? ''}`
        .toLowerCase()
        .includes(q)
    );
  };
  let shown: CaptureSummary[] = [];
  const applyFilters = (): void => {
    shown = all.filter(matches);
    list.setItems(shown);
    list.mark(shown.findIndex((c) => c.id === selectedId));
    const stored = Math.max(total, all.length);
    count.textContent = shown.length === stored ? `${stored}` : `${shown.length} of ${stored}`;
    const channels = [...new Set(all.map((c) => c.channel))].sort();
    if (channel.options.length - 1 !== channels.length) {
      const current = channel.value;
      replace(channel, el('option', { value: '' }, 'all channels'), ...channels.map((name) => el('option', { value: name }, name)));
      channel.value = current;
    }
    if (selectedId === null && loaded) replace(detail, all.length === 0 ? firstRun() : selectOne(all.length));
    element.dataset.empty = String(all.length === 0);
  };
  for (const control of [search, channel, method, verdict]) control.addEventListener('input', applyFilters);

  async function showDetail(id: string, keepEditor = false): Promise<void> {
    let capture: CaptureDetail;
    try {
      capture = await api.get<CaptureDetail>(`/captures/${encodeURIComponent(id)}`);
    } catch (error) {
      if (selectedId === id)
        replace(
          detail,
          el('div', { class: 'missing' }, el('h2', {}, 'Capture not found'), el('p', {}, humanError(error, `Opening ${id}`))),
        );
      return;
    }
    // A slower answer for an earlier click must not replace the capture chosen since.
    if (selectedId !== id) return;
    const history = detail.querySelector('[data-testid="replay-history"]');
    if (keepEditor && history) {
      // Only the history changes: the editor keeps what is being typed.
      history.replaceWith(replayHistory(capture));
      return;
    }
    replace(
      detail,
      ...captureDetail(capture, (deleted) => {
        all = all.filter((c) => c.id !== deleted);
        total = Math.max(0, total - 1);
        navigate({ view: 'captures' });
      }),
    );
  }

  const toolbar = captureToolbar({
    stored: () => Math.max(total, all.length),
    cleared: () => {
      all = [];
      total = 0;
      generation++;
      navigate({ view: 'captures' });
      applyFilters();
    },
    imported: () => refresh(),
  });

  const element = el(
    'div',
    { class: 'split', 'data-testid': 'captures-view' },
    el(
      'section',
      { class: 'list-pane', 'aria-label': 'Capture list' },
      el('div', { class: 'filters' }, search, channel, method, verdict, count),
      toolbar,
      channelSettings(),
      list.element,
    ),
    detail,
  );

  // The newest page first, then older pages in the background: the list shows at once, whatever is stored.
  const refresh = async (): Promise<void> => {
    const mine = ++generation;
    type Page = { items: CaptureSummary[]; nextCursor: string | null; total: number };
    const first = await api.get<Page>(`/captures?limit=${FIRST_PAGE}`);
    if (mine !== generation) return;
    all = first.items;
    total = first.total;
    loaded = true;
    applyFilters();
    let cursor = first.nextCursor;
    while (cursor && mine === generation) {
      const page = await api.get<Page>(`/captures?limit=${NEXT_PAGES}&cursor=${encodeURIComponent(cursor)}`);
      if (mine !== generation) return;
      all = all.concat(page.items);
      applyFilters();
      cursor = page.nextCursor;
    }
  };

  return {
    element,
    refresh,
    show(route: Route) {
      const id = route.id ?? null;
      element.dataset.detail = String(id !== null);
      if (id === selectedId && id !== null) return;
      selectedId = id;
      list.mark(shown.findIndex((c) => c.id === id));
      if (id) {
        replace(detail, el('p', { class: 'muted' }, 'Loading…'));
        void showDetail(id);
      } else if (loaded) replace(detail, all.length === 0 ? firstRun() : selectOne(all.length));
    },
    onStream(event: StreamEvent) {
      if (event.type === 'capture' && event.capture) {
        const summary = event.capture as CaptureSummary;
        if (all.some((c) => c.id === summary.id)) return;
        all.unshift(summary);
        total++;
        applyFilters();
      } else if (event.type === 'capture.replayed' && event.captureId === selectedId && selectedId) {
        // The shown capture was forwarded or replayed (by hookyard listen, say): show the result.
        void showDetail(selectedId, true);
      } else if (event.type === 'captures.cleared') {
        all = [];
        total = 0;
        generation++;
        applyFilters();
      }
    },
    focusSearch: () => search.focus(),
  };
}
