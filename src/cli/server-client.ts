/** Commands that need a running workbench find it with --server (default HOOKYARD_URL, else :4400). */
export function serverUrl(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): string {
  return (flag ?? env.HOOKYARD_URL ?? 'http://127.0.0.1:4400').replace(/\/+$/, '');
}

export class ServerError extends Error {
  constructor(message: string, readonly status?: number) {
    super(message);
    this.name = 'ServerError';
  }
}

export async function controlCall<T>(server: string, method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${server}/_yard/api${path}`, { method, headers: body === undefined ? {} : { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ServerError(`no hookyard workbench answers at ${server}: start one with \`hookyard\` (or \`npm start\`), or point --server / HOOKYARD_URL at it`);
  }
  const text = await response.text();
  const json = text ? (JSON.parse(text) as T & { error?: { message?: string } }) : (undefined as T);
  if (!response.ok) throw new ServerError((json as { error?: { message?: string } } | undefined)?.error?.message ?? `${method} ${path} answered ${response.status}`, response.status);
  return json;
}
