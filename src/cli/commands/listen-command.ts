import WebSocket from 'ws';
import { EXIT_INVALID, EXIT_OK, UsageError, type CliIo } from '../io.js';
import { parseFlags } from '../parse-flags.js';
import { controlCall, serverUrl, ServerError } from '../server-client.js';

export const listenUsage = `Usage: hookyard listen --forward-to URL [--channel C] [--server URL]

Forwards every new capture (of channel C, or all) to your app byte-exact, in order, and records
the app's answer on the capture. While the app is down, captures wait in order and go out when
it answers again. Ctrl-C stops.
  --forward-to URL  your app's webhook address, e.g. http://localhost:3000/webhooks
  --channel C       only captures of channel C (sent to /in/C); default: every channel
  --server URL      the workbench (default: HOOKYARD_URL, else the one recorded in
                    ./.hookyard/server.json, else http://127.0.0.1:4400)`;

/** Forwards captures in arrival order; a failed forward is retried (with backoff) before the next. */
class ForwardQueue {
  private readonly queue: string[] = [];
  private running = false;
  private delay = 250;

  constructor(
    private readonly forward: (id: string) => Promise<boolean>,
    private readonly wait: (ms: number) => Promise<void>,
    private readonly log: (m: string) => void,
  ) {}

  push(id: string): void {
    this.queue.push(id);
    void this.drain();
  }

  size(): number {
    return this.queue.length;
  }

  private async drain(): Promise<void> {
    if (this.running) return;
    this.running = true;
    while (this.queue.length > 0) {
      const id = this.queue[0]!;
      if (await this.forward(id)) {
        this.queue.shift();
        this.delay = 250;
      } else {
        this.log(`the app is not answering; ${this.queue.length} capture(s) waiting, retrying in ${this.delay} ms`);
        await this.wait(this.delay);
        this.delay = Math.min(this.delay * 2, 10_000);
      }
    }
    this.running = false;
  }
}

export async function listenCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(
    args,
    { 'forward-to': { type: 'string' }, channel: { type: 'string' }, server: { type: 'string' } },
    listenUsage,
  );
  const target = values['forward-to'];
  if (!target) throw new UsageError('missing --forward-to URL: where your app listens, e.g. http://localhost:3000/webhooks', listenUsage);
  try {
    new URL(target);
  } catch {
    throw new UsageError(`--forward-to "${target}" is not an absolute URL`, listenUsage);
  }
  const server = serverUrl(values.server, io.env, io.cwd);
  try {
    await controlCall(server, 'GET', '/health');
  } catch (error) {
    if (error instanceof ServerError) {
      io.stderr(`hookyard listen: ${error.message}\n`);
      return EXIT_INVALID;
    }
    throw error;
  }
  const queue = new ForwardQueue(
    async (id) => {
      try {
        const result = await controlCall<{ status: number }>(server, 'POST', `/captures/${encodeURIComponent(id)}/replay`, {
          url: target,
          via: 'listen',
        });
        io.stdout(`${id} → ${target}: ${result.status}\n`);
        return true;
      } catch (error) {
        if (error instanceof ServerError && error.status === 404) return true;
        return false;
      }
    },
    // Unref'd: a pending retry must not keep the process alive after Ctrl-C.
    (ms) => new Promise((r) => setTimeout(r, ms).unref()),
    (m) => io.stderr(`hookyard listen: ${m}\n`),
  );
  const ws = new WebSocket(`${server.replace(/^http/, 'ws')}/_yard/ws`);
  type Frame = { type: string; capture?: { id: string; channel: string }; events?: Frame[] };
  ws.on('message', (data) => {
    const frame = JSON.parse(String(data)) as Frame;
    for (const event of frame.type === 'batch' ? (frame.events ?? []) : [frame]) {
      if (event.type === 'capture' && event.capture && (!values.channel || event.capture.channel === values.channel))
        queue.push(event.capture.id);
    }
  });
  await new Promise<void>((resolve, reject) => {
    ws.on('open', () => resolve());
    ws.on('error', reject);
  });
  io.stdout(
    `forwarding ${values.channel ? `channel ${values.channel}` : 'every capture'} from ${server}/in/${values.channel ?? '<channel>'} to ${target}\n`,
  );
  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (): void => {
      // Our own Ctrl-C closes the socket too: that close is not the workbench going away.
      stopping = true;
      io.stderr(`hookyard listen: stopped${queue.size() ? ` (${queue.size()} capture(s) not forwarded)` : ''}\n`);
      ws.close();
      resolve(EXIT_OK);
    };
    ws.on('close', () => {
      if (stopping) return;
      io.stderr('hookyard listen: the workbench closed the stream\n');
      resolve(EXIT_INVALID);
    });
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
