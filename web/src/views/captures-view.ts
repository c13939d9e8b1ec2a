import { api, type CaptureDetail, type CaptureSummary } from '../api.js';
import { copyText, el, formatBytes, formatTime, replace, toast } from '../dom.js';
import type { StreamEvent } from '../stream.js';
import { bodyView, decodeBase64 } from './body-view.js';
import { verdictBox } from './verdict-box.js';
import { virtualList } from './virtual-list.js';
import { channelSettings } from './channel-settings.js';

function verdictClass(c: CaptureSummary): string {
  return c.verdict === null ? 'unsigned' : c.verdict.ok ? 'ok' : 'failed';
}

export function capturesView(): { element: HTMLElement; onStream(event: StreamEvent): void; refresh(): Promise<void>; focusSearch(): void } {
  let all: CaptureSummary[] = [];
  const search = el('input', { type: 'search', placeholder: 'Search path, method, verdict, scheme, status:200 … ( / )', 'aria-label': 'Search captures', class: 'grow' });
  const channel = el('select', { 'aria-label': 'Channel' }, el('option', { value: '' }, 'all channels'));
  const method = el('select', { 'aria-label': 'Method' }, ...['', 'GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'].map((m) => el('option', { value: m }, m || 'any method')));
  const verdict = el('select', { 'aria-label': 'Verdict' }, el('option', { value: '' }, 'any verdict'), el('option', { value: 'ok' }, 'valid'), el('option', { value: 'failed' }, 'invalid'), el('option', { value: 'unsigned' }, 'unsigned'));
  const count = el('span', { class: 'muted', 'data-testid': 'capture-count' }, '0');
  const detail = el('section', { class: 'detail', 'aria-label': 'Capture detail', 'data-testid': 'capture-detail' }, el('p', { class: 'muted' }, 'Send a webhook to /in/<channel> and it shows up here.'));

  const list = virtualList<CaptureSummary>({
    rowHeight: 52,
    label: 'Captures',
    renderRow: (c, selected) =>
      el('div', { class: `row capture-row ${selected ? 'selected' : ''}`, 'data-id': c.id, 'data-testid': 'capture-row' },
        el('span', { class: `dot ${verdictClass(c)}`, title: c.verdict ? c.verdict.code : 'unsigned' }),
        el('span', { class: 'method' }, c.method),
        el('span', { class: 'path grow' }, `/in/${c.channel}${c.path}`),
        el('span', { class: 'muted small' }, `${formatBytes(c.size)} · ${formatTime(c.receivedAt)}`)),
    onSelect: (c) => void showDetail(c.id),
  });

  const matches = (c: CaptureSummary): boolean => {
    if (channel.value && c.channel !== channel.value) return false;
    if (method.value && c.method !== method.value) return false;
    if (verdict.value && verdictClass(c) !== verdict.value) return false;
    const q = search.value.trim().toLowerCase();
    return !q || `${c.method} /in/${c.channel}${c.path} ${c.verdict?.code ?? 'unsigned'} ${c.verdict?.scheme ?? ''} status:${c.response.status} ${c.contentType ?? ''}`.toLowerCase().includes(q);
  };
  const applyFilters = (): void => {
    const shown = all.filter(matches);
    list.setItems(shown);
    count.textContent = shown.length === all.length ? `${all.length}` : `${shown.length} of ${all.length}`;
    const channels = [...new Set(all.map((c) => c.channel))].sort();
    if (channel.options.length - 1 !== channels.length) {
      const current = channel.value;
      replace(channel, el('option', { value: '' }, 'all channels'), ...channels.map((name) => el('option', { value: name }, name)));
      channel.value = current;
    }
  };
  for (const control of [search, channel, method, verdict]) control.addEventListener('input', applyFilters);

  let shown = '';
  async function showDetail(id: string): Promise<void> {
    shown = id;
    let capture: CaptureDetail;
    try {
      capture = await api.get<CaptureDetail>(`/captures/${encodeURIComponent(id)}`);
    } catch (error) {
      if (shown === id) replace(detail, el('p', { class: 'error' }, (error as Error).message));
      return;
    }
    // A slower answer for an earlier click must not replace the capture chosen since.
    if (shown !== id) return;
    const bytes = decodeBase64(capture.bodyBase64);
    const replayUrl = el('input', { type: 'url', placeholder: 'Replay to URL (blank: the forward target)', 'aria-label': 'Replay URL', class: 'grow' });
    const editor = el('textarea', { 'aria-label': 'Edited body', rows: '8', class: 'editor', hidden: true });
    editor.value = new TextDecoder().decode(bytes);
    const replay = async (edited: boolean): Promise<void> => {
      try {
        const result = await api.post<{ status: number; durationMs: number }>(`/captures/${encodeURIComponent(id)}/replay`, { url: replayUrl.value || undefined, body: edited ? editor.value : undefined });
        toast(`Replayed: ${result.status} in ${Math.round(result.durationMs)} ms`);
      } catch (error) {
        toast((error as Error).message, 'error');
      }
    };
    replace(detail,
      el('header', { class: 'detail-head' },
        el('h2', {}, `${capture.method} /in/${capture.channel}${capture.path}`),
        el('span', { class: 'muted' }, `${formatTime(capture.receivedAt)} · ${formatBytes(capture.size)} · from ${capture.remoteAddress ?? 'unknown'}`)),
      verdictBox(capture.verdict),
      el('div', { class: 'actions' },
        replayUrl,
        el('button', { type: 'button', onclick: () => void replay(false), 'data-testid': 'replay' }, 'Replay'),
        el('button', { type: 'button', onclick: () => {
          if (editor.hidden) editor.hidden = false;
          else void replay(true);
        } }, 'Edit & replay'),
        el('button', { type: 'button', onclick: async () => toast((await copyText(await api.text(`/captures/${encodeURIComponent(id)}/curl`))) ? 'curl command copied' : 'Clipboard not available', 'ok') }, 'Copy as curl'),
        el('button', { type: 'button', onclick: async () => {
          try {
            const saved = await api.post<{ path: string }>(`/captures/${encodeURIComponent(id)}/fixture`);
            toast(`Saved ${saved.path}`);
          } catch (error) {
            toast((error as Error).message, 'error');
          }
        } }, 'Save as fixture'),
        el('button', { type: 'button', class: 'danger', onclick: async () => {
          await api.del(`/captures/${encodeURIComponent(id)}`);
          all = all.filter((c) => c.id !== id);
          applyFilters();
          replace(detail, el('p', { class: 'muted' }, 'Deleted.'));
        } }, 'Delete')),
      editor,
      el('h3', {}, 'Body'),
      bodyView(bytes),
      el('h3', {}, `Headers (${capture.headers.length})`),
      el('table', { class: 'kv', 'data-testid': 'capture-headers' }, el('tbody', {}, ...capture.headers.map(([name, value]) => el('tr', {}, el('th', {}, name), el('td', {}, value))))),
      capture.query ? el('div', {}, el('h3', {}, 'Query'), el('pre', {}, capture.query)) : null);
  }

  const element = el('div', { class: 'split' },
    el('section', { class: 'list-pane', 'aria-label': 'Capture list' },
      el('div', { class: 'filters' }, search, channel, method, verdict, count),
      channelSettings(),
      list.element),
    detail);

  return {
    element,
    async refresh() {
      const page = await api.get<{ items: CaptureSummary[] }>('/captures?limit=100000');
      all = page.items;
      applyFilters();
    },
    onStream(event) {
      if (event.type === 'capture' && event.capture) {
        all.unshift(event.capture as CaptureSummary);
        applyFilters();
      } else if (event.type === 'captures.cleared') {
        all = [];
        applyFilters();
      }
    },
    focusSearch: () => search.focus(),
  };
}
