import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { packageRoot } from '../package-root.js';
import type { Hono } from 'hono';
import { SECURITY_HEADERS } from './security/index.js';

/** The built inspector (`web/dist`) at the package root, from src/ or dist/. */
const inspectorDir = join(packageRoot(), 'web', 'dist');

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};

/** Serves the inspector; the page carries the stream token so only same-origin pages can read it. */
export function inspectorRoutes(app: Hono, options: { streamToken: string; dir?: string }): void {
  const dir = options.dir ?? inspectorDir;
  const indexPath = join(dir, 'index.html');
  const page = (): Response => {
    if (!existsSync(indexPath)) {
      return new Response('The inspector is not built: run `npm run build` (it builds web/ with Vite).\n', {
        status: 503,
        headers: { 'content-type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS },
      });
    }
    const html = readFileSync(indexPath, 'utf8').replace(
      '<meta name="hookyard-token" content="" />',
      `<meta name="hookyard-token" content="${options.streamToken}" />`,
    );
    return new Response(html, {
      headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...SECURITY_HEADERS },
    });
  };
  app.get('/', page);
  app.get('/assets/*', (c) => {
    const relative = normalize(new URL(c.req.url).pathname).replace(/^\/+/, '');
    if (relative.includes('..')) return c.text('Not found', 404);
    const file = join(dir, relative);
    if (!existsSync(file) || !statSync(file).isFile()) return c.text('Not found', 404);
    return new Response(readFileSync(file), {
      headers: {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'public, max-age=31536000, immutable',
        ...SECURITY_HEADERS,
      },
    });
  });
}
