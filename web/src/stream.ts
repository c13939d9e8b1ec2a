/** The live stream: reconnects by itself with backoff and tells listeners about its state. */
export interface StreamEvent {
  type: string;
  [key: string]: unknown;
}

type Listener = (event: StreamEvent) => void;
type StateListener = (state: 'connecting' | 'open' | 'closed') => void;

export function token(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="hookyard-token"]')?.content ?? '';
}

export function connectStream(onEvent: Listener, onState: StateListener): { close(): void } {
  let socket: WebSocket | null = null;
  let delay = 250;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const open = (): void => {
    onState('connecting');
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    socket = new WebSocket(`${scheme}://${location.host}/_yard/ws?token=${encodeURIComponent(token())}`);
    socket.onopen = () => {
      delay = 250;
      onState('open');
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
    socket.onclose = () => {
      onState('closed');
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
