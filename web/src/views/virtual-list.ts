import { el, clear } from '../dom.js';

/**
 * A list that renders only the rows in view, so 10,000 captures stay fast. Rows have a fixed
 * height; keyboard: ArrowUp/ArrowDown or j/k move, Enter opens.
 */
export interface VirtualList<T> {
  element: HTMLElement;
  setItems(items: T[]): void;
  select(index: number): void;
  selectedIndex(): number;
  focus(): void;
}

export function virtualList<T>(options: { rowHeight: number; renderRow(item: T, selected: boolean): HTMLElement; onSelect(item: T): void; label: string }): VirtualList<T> {
  const { rowHeight } = options;
  let items: T[] = [];
  let selected = -1;
  const spacer = el('div', { class: 'vlist-spacer' });
  const window_ = el('div', { class: 'vlist-window' });
  const element = el('div', { class: 'vlist', tabindex: '0', role: 'listbox', 'aria-label': options.label }, spacer, window_);

  const render = (): void => {
    spacer.style.height = `${items.length * rowHeight}px`;
    const first = Math.max(0, Math.floor(element.scrollTop / rowHeight) - 5);
    const count = Math.ceil((element.clientHeight || 600) / rowHeight) + 10;
    clear(window_);
    window_.style.transform = `translateY(${first * rowHeight}px)`;
    for (let i = first; i < Math.min(items.length, first + count); i++) {
      const row = options.renderRow(items[i]!, i === selected);
      row.style.height = `${rowHeight}px`;
      row.setAttribute('role', 'option');
      row.setAttribute('aria-selected', String(i === selected));
      const index = i;
      row.addEventListener('click', () => api.select(index));
      window_.appendChild(row);
    }
  };
  let scheduled = false;
  const schedule = (): void => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      render();
    });
  };
  element.addEventListener('scroll', schedule);
  element.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'j') api.select(Math.min(items.length - 1, selected + 1));
    else if (event.key === 'ArrowUp' || event.key === 'k') api.select(Math.max(0, selected - 1));
    else if (event.key === 'Enter' && items[selected]) options.onSelect(items[selected]!);
    else return;
    event.preventDefault();
  });

  const api: VirtualList<T> = {
    element,
    setItems(next) {
      items = next;
      if (selected >= items.length) selected = items.length - 1;
      render();
    },
    select(index) {
      if (index < 0 || index >= items.length) return;
      selected = index;
      const top = index * rowHeight;
      if (top < element.scrollTop) element.scrollTop = top;
      else if (top + rowHeight > element.scrollTop + element.clientHeight) element.scrollTop = top + rowHeight - element.clientHeight;
      render();
      options.onSelect(items[index]!);
    },
    selectedIndex: () => selected,
    focus: () => element.focus(),
  };
  return api;
}
