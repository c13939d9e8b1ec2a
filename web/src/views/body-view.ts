import { el } from '../dom.js';

export function decodeBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function hexDump(bytes: Uint8Array, limit = 64 * 1024): string {
  const lines: string[] = [];
  for (let offset = 0; offset < Math.min(bytes.length, limit); offset += 16) {
    const row = bytes.subarray(offset, offset + 16);
    const hex = [...row].map((b) => b.toString(16).padStart(2, '0')).join(' ');
    const ascii = [...row].map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.')).join('');
    lines.push(`${offset.toString(16).padStart(8, '0')}  ${hex.padEnd(47)}  ${ascii}`);
  }
  if (bytes.length > limit) lines.push(`… ${bytes.length - limit} more bytes`);
  return lines.join('\n');
}

/** Pretty JSON / raw / hex views of a body; every view is text in a <pre>. */
export function bodyView(bytes: Uint8Array): HTMLElement {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  let pretty: string | null = null;
  try {
    pretty = JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    pretty = null;
  }
  const modes: Array<[string, () => string]> = [];
  if (pretty !== null) modes.push(['Pretty JSON', () => pretty!]);
  modes.push(['Raw', () => text], ['Hex', () => hexDump(bytes)]);
  const pre = el('pre', { class: 'body', 'data-testid': 'capture-body' });
  const buttons = modes.map(([label, render], i) =>
    el(
      'button',
      {
        class: 'seg',
        type: 'button',
        'aria-pressed': String(i === 0),
        onclick: (e: Event) => {
          for (const b of buttons) b.setAttribute('aria-pressed', String(b === e.currentTarget));
          pre.textContent = render();
        },
      },
      label,
    ),
  );
  pre.textContent = modes[0]![1]();
  return el(
    'div',
    { class: 'body-view' },
    el('div', { class: 'segmented', role: 'group', 'aria-label': 'Body view' }, ...buttons),
    bytes.length === 0 ? el('p', { class: 'muted' }, 'empty body') : pre,
  );
}
