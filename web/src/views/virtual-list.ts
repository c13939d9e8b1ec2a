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
  /** Highlights a row without opening it (the route chose it). */
  mark(index: number): void;
  focus(): void;
}

export function virtualList<T>(options: {
  rowHeight: number;
  renderRow(item: T, selected: boolean): HTMLElement;
  onSelect(item: T, how: 'click' | 'keyboard'): void;
  label: string;
}): VirtualList<T> {
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
      row.addEventListener('click', (event) => {
        // Ctrl/Cmd/Shift-click on a row link opens it elsewhere, as links do.
        if (event.ctrlKey || event.metaKey || event.shiftKey) return;
        event.preventDefault();
        choose(index, 'click');
      });
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
    if (event.key === 'ArrowDown' || event.key === 'j') choose(Math.min(items.length - 1, selected + 1), 'keyboard');
    else if (event.key === 'ArrowUp' || event.key === 'k') choose(Math.max(0, selected - 1), 'keyboard');
    else if (event.key === 'Enter' && items[selected]) options.onSelect(items[selected]!, 'keyboard');
    else return;
    event.preventDefault();
  });

  const reveal = (index: number): void => {
    const top = index * rowHeight;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + rowHeight > element.scrollTop + element.clientHeight) element.scrollTop = top + rowHeight - element.clientHeight;
  };
  function choose(index: number, how: 'click' | 'keyboard'): void {
    if (index < 0 || index >= items.length) return;
    selected = index;
    reveal(index);
    render();
    options.onSelect(items[index]!, how);
  }

  const api: VirtualList<T> = {
    element,
    setItems(next) {
      items = next;
      if (selected >= items.length) selected = items.length - 1;
      render();
    },
    select(index) {
      choose(index, 'click');
    },
    mark(index) {
      if (index === selected) return;
      selected = index;
      if (index >= 0) reveal(index);
      render();
    },
    selectedIndex: () => selected,
    focus: () => element.focus(),
  };
  return api;
}
