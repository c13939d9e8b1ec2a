import { knownSchemes } from '../../profiles/schemes.js';
import type { Context } from 'hono';
import { ReplayError, replayCapture, type Capture, type CaptureStore } from '../../capture/index.js';
import type { ReplayRecord, ReplayVia } from '../../capture/capture-types.js';
import { SignError, UnknownSchemeError, sign } from '../../signing/index.js';
import type { Workbench } from '../workbench.js';
import { controlError } from './control-error.js';
import { parseReplayInput } from './replay-input.js';

const MAX_HISTORY = 20;

/**
 * `POST /captures/:id/replay` {url?, method?, headers?, headerList?, body?, resign?: {scheme, secret}, via?}:
 * sends the capture again (byte-exact unless edited), optionally re-signed with a fresh timestamp,
 * and keeps what came back in the capture's replay history.
 */
export async function replayRoute(
  c: Context,
  wb: Workbench,
  store: CaptureStore,
  capture: Capture,
  input: Record<string, unknown>,
): Promise<Response> {
  const { target, edits } = parseReplayInput(input);
  if (input.via !== undefined && input.via !== 'listen' && input.via !== 'inspector' && input.via !== 'api') {
    return controlError(c, 400, 'bad_request', '"via" must be "inspector", "listen" or "api".', 'via');
  }
  const via: ReplayVia = (input.via as ReplayVia | undefined) ?? 'api';
  const method = edits.method ?? capture.method;
  let resigned: string | null = null;
  const resign = input.resign as { scheme?: unknown; secret?: unknown } | undefined;
  if (resign !== undefined) {
    if (
      typeof resign !== 'object' ||
      resign === null ||
      typeof resign.scheme !== 'string' ||
      typeof resign.secret !== 'string' ||
      resign.secret === ''
    ) {
      return controlError(c, 400, 'bad_request', '"resign" must be {"scheme": "<scheme id>", "secret": "<secret>"}.', 'resign');
    }
    try {
      const scheme = knownSchemes.resolve(resign.scheme);
      const body = edits.bodyBytes ?? edits.body ?? Buffer.from(capture.bodyBase64, 'base64');
      const signed = sign(scheme, { body, secret: resign.secret, url: target, method, now: wb.clock.now() });
      edits.headerList = [
        ...(edits.headerList ?? capture.headers).filter(([n]) => !(n.toLowerCase() in lower(signed))),
        ...Object.entries(signed),
      ];
      resigned = scheme.id;
    } catch (error) {
      if (error instanceof UnknownSchemeError || error instanceof SignError)
        return controlError(c, 400, 'bad_resign', `"resign": could not re-sign: ${error.message}`, 'resign');
      throw error;
    }
  }
  const edited =
    edits.body !== undefined ||
    edits.bodyBytes !== undefined ||
    edits.headerList !== undefined ||
    edits.headers !== undefined ||
    edits.method !== undefined;
  const at = new Date(wb.clock.now()).toISOString();
  const keep = async (record: ReplayRecord): Promise<void> => {
    const outcome = record.status !== null ? String(record.status) : `failed (${record.error ?? 'no answer'})`;
    wb.hub.publish({
      type: 'capture.replayed',
      at,
      summary: `${via === 'listen' ? 'forwarded' : 'replayed'} ${capture.method} /in/${capture.channel}${capture.path} → ${record.url}: ${outcome}`,
      ok: record.status !== null && record.status < 400,
      captureId: capture.id,
      via,
    });
    // The history rides on `forwarded`, which the store journals; read it fresh (replays may overlap).
    const history = [...(store.summary(capture.id)?.forwarded?.history ?? []), record].slice(-MAX_HISTORY);
    await store.update(capture.id, {
      url: record.url,
      ...(record.status !== null ? { status: record.status } : {}),
      ...(record.error ? { error: record.error } : {}),
      at,
      via,
      history,
    });
  };
  try {
    const result = await replayCapture(capture, target, edits, wb.config.deliveryTimeoutMs);
    await keep({
      at,
      via,
      url: result.url,
      method,
      edited,
      resigned,
      status: result.status,
      durationMs: result.durationMs,
      responseHeaders: result.headers,
      responseBody: result.body.slice(0, 1024),
    });
    return c.json({ ...result, resigned });
  } catch (error) {
    if (error instanceof ReplayError) {
      await keep({ at, via, url: target, method, edited, resigned, status: null, durationMs: 0, error: error.message });
      return controlError(c, 502, 'replay_failed', error.message);
    }
    throw error;
  }
}

function lower(headers: Record<string, string>): Record<string, true> {
  const out: Record<string, true> = {};
  for (const name of Object.keys(headers)) out[name.toLowerCase()] = true;
  return out;
}
