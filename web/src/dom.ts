/**
 * DOM building with text only: captured content is hostile, so nothing here ever parses HTML.
 * `el('button', { class: 'x', onclick }, 'Label')`.
 */
type Child = Node | string | number | null | undefined | false;
type Props = Record<string, unknown>;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value as EventListener);
    else if (key === 'class') node.className = String(value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key === 'value' && 'value' in node) (node as HTMLInputElement).value = String(value);
    else if (key === 'checked' && 'checked' in node) (node as HTMLInputElement).checked = Boolean(value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

export function replace(node: Node, ...children: Child[]): void {
  clear(node);
  append(node, children);
}

export function formatTime(iso: string | number): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? String(iso)
    : `${d.toLocaleTimeString(undefined, { hour12: false })}.${String(d.getMilliseconds()).padStart(3, '0')}`;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Plain http on a LAN address has no async clipboard: fall back to a selection copy.
    const area = document.body.appendChild(el('textarea', { class: 'offscreen', 'aria-hidden': 'true' }));
    area.value = text;
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

/** "12 s ago", "3 min ago", "2 h ago", then the date; the exact time goes in a title on hover. */
export function relativeTime(iso: string, now = Date.now()): string {
  const t = new Date(iso).getTime();
  if (Number.isNaN(t)) return String(iso);
  const s = Math.max(0, Math.round((now - t) / 1000));
  if (s < 5) return 'just now';
  if (s < 60) return `${s} s ago`;
  if (s < 3600) return `${Math.floor(s / 60)} min ago`;
  if (s < 86_400) return `${Math.floor(s / 3600)} h ago`;
  return new Date(t).toLocaleDateString();
}

/** A time element showing the relative time, with the full date and time on hover. */
export function timeAgo(iso: string): HTMLElement {
  return el('time', { datetime: iso, title: new Date(iso).toLocaleString(undefined, { hour12: false }), class: 'ago' }, relativeTime(iso));
}

/** Refreshes every relative time on the page (called on a timer). */
export function tickTimes(): void {
  for (const node of document.querySelectorAll<HTMLTimeElement>('time.ago')) node.textContent = relativeTime(node.dateTime);
}

/**
 * A status line for the result of an action. A new one clears earlier errors (they are stale
 * now); errors stay until dismissed or replaced, successes fade after a few seconds.
 */
export function toast(message: string, kind: 'ok' | 'error' = 'ok'): HTMLElement {
  const host =
    document.getElementById('toasts') ?? document.body.appendChild(el('div', { id: 'toasts', role: 'status', 'aria-live': 'polite' }));
  // The newest outcome supersedes older errors: they are stale now.
  for (const old of Array.from(host.querySelectorAll('.toast.error'))) old.remove();
  while (host.children.length >= 3) host.firstElementChild!.remove();
  const item = el(
    'div',
    { class: `toast ${kind}`, 'data-testid': 'toast' },
    el('span', { class: 'toast-text' }, ...breakable(message)),
    el('button', { type: 'button', class: 'toast-close', 'aria-label': 'Dismiss', onclick: () => item.remove() }, '×'),
  );
  host.appendChild(item);
  setTimeout(() => item.remove(), kind === 'ok' ? 5000 : 15000);
  return item;
}

/** Text with line-break chances after / ? & = in long URLs and paths, so no word is cut in two. */
export function breakable(text: string): Array<Node | string> {
  const out: Array<Node | string> = [];
  for (const part of text.split(/(?<=[/?&=])(?=[^\s/])/)) {
    if (out.length) out.push(document.createElement('wbr'));
    out.push(part);
  }
  return out;
}

/** A modal dialog with a title, content and a Close button; removed from the page when closed. */
export function showDialog(title: string, ...content: Array<Node | string | null>): HTMLDialogElement {
  const dialog = el(
    'dialog',
    { class: 'dialog', 'aria-label': title },
    el('h2', {}, title),
    ...content,
    el('form', { method: 'dialog', class: 'actions' }, el('button', { type: 'submit' }, 'Close')),
  );
  dialog.addEventListener('close', () => dialog.remove());
  document.body.appendChild(dialog);
  dialog.showModal();
  return dialog;
}

/** A value with a Copy button next to it. */
export function copyable(value: string, label: string): HTMLElement {
  const status = el('span', { class: 'muted small', role: 'status' });
  return el(
    'div',
    { class: 'copyable' },
    el('code', { class: 'copy-value', 'data-testid': 'copy-value' }, value),
    el(
      'button',
      {
        type: 'button',
        'aria-label': `Copy ${label}`,
        onclick: async () => {
          status.textContent = (await copyText(value)) ? 'copied' : 'select and copy it by hand (no clipboard access)';
        },
      },
      'Copy',
    ),
    status,
  );
}
