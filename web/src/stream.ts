/**
 * The live stream: reconnects by itself with backoff and tells listeners about its state. When
 * the workbench restarted, its stream token is new and the old one is refused, so a failed
 * connection fetches the page again for the current token (as Vite's client pings and reloads);
 * when the restarted workbench serves another build of the inspector, the page reloads instead.
 */
export interface StreamEvent {
  type: string;
  [key: string]: unknown;
}

type Listener = (event: StreamEvent) => void;
export type StreamState = 'connecting' | 'open' | 'closed';
type StateListener = (state: StreamState, info: { restarted: boolean }) => void;

const meta = (): HTMLMetaElement | null => document.querySelector<HTMLMetaElement>('meta[name="hookyard-token"]');

export function token(): string {
  return meta()?.content ?? '';
}

const scriptOf = (doc: Document): string | null =>
  doc.querySelector<HTMLScriptElement>('script[type="module"][src]')?.getAttribute('src') ?? null;

/** The token of the workbench serving this origin now; null while it is down. Reloads on a new build. */
async function freshToken(): Promise<string | null> {
  try {
    const response = await fetch('/', { cache: 'no-store' });
    if (!response.ok) return null;
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const next = page.querySelector<HTMLMetaElement>('meta[name="hookyard-token"]')?.content ?? null;
    if (scriptOf(page) !== scriptOf(document)) {
      location.reload();
      return null;
    }
    return next;
  } catch {
    return null;
  }
}

export function connectStream(onEvent: Listener, onState: StateListener): { close(): void } {
  let socket: WebSocket | null = null;
  let delay = 250;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let restarted = false;
  const open = (): void => {
    onState('connecting', { restarted: false });
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    let opened = false;
    socket = new WebSocket(`${scheme}://${location.host}/_yard/ws?token=${encodeURIComponent(token())}`);
    socket.onopen = () => {
      opened = true;
      delay = 250;
      onState('open', { restarted });
      restarted = false;
    };
    socket.onmessage = (message) => {
      try {
        const frame = JSON.parse(String(message.data)) as StreamEvent;
        // Several events of one server tick arrive as one batch frame.
        if (frame.type === 'batch' && Array.isArray(frame.events)) for (const event of frame.events as StreamEvent[]) onEvent(event);
        else onEvent(frame);
      } catch {
        // A frame that is not JSON is not ours; ignore it.
      }
    };
    socket.onclose = async () => {
      onState('closed', { restarted: false });
      if (stopped) return;
      if (!opened) {
        // Refused or unreachable: the workbench may have restarted with a new token.
        const next = await freshToken();
        if (next && next !== token()) {
          meta()?.setAttribute('content', next);
          restarted = true;
          delay = 250;
        }
      }
      if (stopped) return;
      timer = setTimeout(open, delay);
      delay = Math.min(delay * 2, 5000);
    };
  };
  open();
  return {
    close() {
      stopped = true;
      clearTimeout(timer);
      socket?.close();
    },
  };
}
