import { join } from 'node:path';
import type { ResolvedConfig } from '../config/types.js';

/** The defaults of design.md, for the library; the CLI resolves file, env and flags on top. */
export function defaultConfig(cwd: string): ResolvedConfig {
  return {
    host: '127.0.0.1',
    port: 4400,
    strictPort: false,
    env: 'sandbox',
    dataDir: join(cwd, '.hookyard'),
    memory: false,
    open: false,
    banner: false,
    maxBody: 1024 * 1024,
    maxCaptures: 1000,
    allowedHosts: [],
    allowDestinations: [],
    deliveryTimeoutMs: 15_000,
    timeScale: 1,
    fixturesDir: null,
    profiles: {},
    channels: {},
    sources: {},
  };
}
