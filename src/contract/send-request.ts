import type { ContractRequest } from './types.js';

/** A URL, or a fetch-style handler (a hono `app.fetch`) tested without a server. */
export type ContractTarget = string | ((request: Request) => Response | Promise<Response>);

export type SendOutcome = { kind: 'status'; status: number } | { kind: 'error'; error: 'timeout' | 'refused' | 'network'; message: string };

export async function sendRequest(target: ContractTarget, url: string, request: ContractRequest, timeoutMs: number): Promise<SendOutcome> {
  url = request.url ?? url;
  const init: RequestInit = {
    method: request.method,
    headers: request.headers,
    body: Buffer.from(request.body),
    redirect: 'manual',
    signal: AbortSignal.timeout(timeoutMs),
  };
  try {
    const response = typeof target === 'string' ? await fetch(url, init) : await target(new Request(url, init));
    // Drain so keep-alive connections are reusable; the body itself is not judged.
    await response.arrayBuffer().catch(() => undefined);
    return { kind: 'status', status: response.status };
  } catch (error) {
    const err = error as Error & { cause?: { code?: string } };
    if (err.name === 'TimeoutError' || err.name === 'AbortError')
      return { kind: 'error', error: 'timeout', message: `no answer within ${timeoutMs} ms` };
    if (err.cause?.code === 'ECONNREFUSED') return { kind: 'error', error: 'refused', message: `connection refused at ${url}` };
    return { kind: 'error', error: 'network', message: err.cause?.code ?? err.message };
  }
}
