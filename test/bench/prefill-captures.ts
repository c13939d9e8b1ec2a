import { CaptureStore } from '../../src/capture/capture-store.js';
import { openDataDir } from '../../src/storage/index.js';

/** Writes `count` stored 1 KiB captures into a data folder through the capture store itself. */
export async function prefillCaptures(dir: string, count: number): Promise<void> {
  const data = await openDataDir({ dir, now: Date.now(), maxCaptures: count });
  const store = new CaptureStore(data.captures, count);
  await store.load();
  const body = Buffer.from(JSON.stringify({ type: 'stored', pad: 'x'.repeat(1000) }));
  for (let start = 0; start < count; start += 2000) {
    const batch = [];
    for (let i = start; i < Math.min(count, start + 2000); i++) {
      const at = new Date(1_764_000_000_000 + i).toISOString();
      const verdict =
        i % 3 === 0
          ? {
              ok: false,
              code: 'signature_mismatch',
              message: 'no secret reproduces the signature',
              scheme: 'standard-webhooks',
              matched: null,
              diagnosis: null,
            }
          : {
              ok: true,
              code: 'ok',
              message: 'valid: the signature matched the channel secret',
              scheme: 'standard-webhooks',
              matched: 'channel secret #1',
              diagnosis: null,
            };
      batch.push(
        store.add(
          {
            id: `cap_stored${i}`,
            channel: `ch${i % 7}`,
            method: 'POST',
            path: `/n${i}`,
            url: `http://127.0.0.1/in/ch${i % 7}/n${i}`,
            query: '',
            headers: [['content-type', 'application/json']],
            remoteAddress: '127.0.0.1',
            receivedAt: at,
            size: body.length,
            contentType: 'application/json',
            bodyBase64: '',
            verdict,
            response: { status: 200 },
          },
          body,
        ),
      );
    }
    await Promise.all(batch);
  }
  await data.close();
}
