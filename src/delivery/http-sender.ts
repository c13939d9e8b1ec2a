import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { lookup as dnsLookup } from 'node:dns';
import { performance } from 'node:perf_hooks';
import type { DestinationPolicy, LookupFunction } from './destination-policy.js';

import { flatHeaders } from '../plumbing/index.js';
import type { DeliveryErrorKind } from './delivery-types.js';

export type { DeliveryErrorKind };

export interface SendRequest {
  url: string;
  headers: Record<string, string>;
  body: Uint8Array;
  timeoutMs: number;
}

export interface SendResult {
  ok: boolean;
  status: number | null;
  headers: Record<string, string>;
  body: string;
  truncated: boolean;
  durationMs: number;
  errorKind: DeliveryErrorKind | null;
  errorMessage: string | null;
}

const MAX_RESPONSE_BYTES = 64 * 1024;

export type Sender = (request: SendRequest) => Promise<SendResult>;

function classify(error: NodeJS.ErrnoException): DeliveryErrorKind {
  const code = error.code ?? '';
  if (code === 'EDESTINATION') return 'destination_blocked';
  if (code === 'ECONNREFUSED') return 'refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'dns';
  if (code === 'ECONNRESET' || code === 'EPIPE') return 'reset';
  if (/^ERR_TLS|CERT|SSL/.test(code) || /certificate|ssl|tls/i.test(error.message)) return 'tls';
  return 'reset';
}

/**
 * POSTs with node:http(s): the connect-time `lookup` enforces the destination policy, redirects are
 * never followed (a 3xx is a failure), and at most 64 KiB of the answer is kept.
 */
export function createHttpSender(policy: DestinationPolicy, resolve: LookupFunction = dnsLookup as unknown as LookupFunction): Sender {
  const lookup = policy.guardedLookup(resolve);
  return (req) =>
    new Promise((done) => {
      const started = performance.now();
      const finish = (partial: Partial<SendResult>): void =>
        done({
          ok: false,
          status: null,
          headers: {},
          body: '',
          truncated: false,
          errorKind: null,
          errorMessage: null,
          ...partial,
          durationMs: performance.now() - started,
        });
      let url: URL;
      try {
        url = new URL(req.url);
        if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http(s)');
      } catch {
        finish({ errorKind: 'invalid_url', errorMessage: `"${req.url}" is not an http(s) URL` });
        return;
      }
      const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
      const client = send(
        url,
        {
          method: 'POST',
          headers: { ...req.headers, 'content-length': String(req.body.byteLength) },
          lookup: lookup as never,
          timeout: req.timeoutMs,
        },
        (res) => {
          const chunks: Buffer[] = [];
          let size = 0;
          let truncated = false;
          res.on('data', (chunk: Buffer) => {
            if (size >= MAX_RESPONSE_BYTES) {
              truncated = true;
              return;
            }
            const room = MAX_RESPONSE_BYTES - size;
            if (chunk.length > room) truncated = true;
            chunks.push(chunk.subarray(0, room));
            size += Math.min(room, chunk.length);
          });
          res.on('end', () => {
            clearTimeout(overall);
            const status = res.statusCode ?? 0;
            const headers = flatHeaders(res.headers);
            const ok = status >= 200 && status < 300;
            const kind: DeliveryErrorKind | null = ok ? null : status >= 300 && status < 400 ? 'redirect' : 'http';
            finish({
              ok,
              status,
              headers,
              body: Buffer.concat(chunks).toString('utf8'),
              truncated,
              errorKind: kind,
              errorMessage: kind === 'redirect' ? `answered ${status} (redirects are never followed)` : kind ? `answered ${status}` : null,
            });
          });
          res.on('error', (error) => finish({ status: res.statusCode ?? null, errorKind: 'reset', errorMessage: error.message }));
        },
      );
      // The socket timeout covers idle time; this caps the whole exchange.
      const overall = setTimeout(
        () => client.destroy(Object.assign(new Error(`no complete answer within ${req.timeoutMs} ms`), { code: 'ETIMEDOUT' })),
        req.timeoutMs,
      );
      client.on('timeout', () => client.destroy(Object.assign(new Error(`no answer within ${req.timeoutMs} ms`), { code: 'ETIMEDOUT' })));
      client.on('error', (error: NodeJS.ErrnoException) => {
        clearTimeout(overall);
        finish({ errorKind: error.code === 'ETIMEDOUT' ? 'timeout' : classify(error), errorMessage: error.message });
      });
      client.end(Buffer.from(req.body.buffer, req.body.byteOffset, req.body.byteLength));
    });
}
