import { ConfigError, devUsage, parseDevFlags, resolveConfig } from '../../config/index.js';
import { DataDirLockedError, openDataDir } from '../../storage/index.js';
import { startHookyard } from '../../server/start-hookyard.js';
import { PortInUseError } from '../../server/listen.js';
import { SeedError } from '../../server/seed-endpoints.js';
import { formatBanner } from '../../server/banner.js';
import { installShutdown } from '../../server/shutdown.js';
import { EXIT_INVALID, UsageError, type CliIo } from '../io.js';

export { devUsage };

/** `hookyard [dev]`: runs the workbench until SIGINT/SIGTERM. */
export async function devCommand(args: string[], io: CliIo): Promise<number> {
  let flags;
  try {
    flags = parseDevFlags(args);
  } catch (error) {
    throw new UsageError((error as Error).message, devUsage);
  }
  let config;
  try {
    config = resolveConfig({ flags, env: io.env, cwd: io.cwd, testMode: Boolean(io.env.VITEST || io.env.HOOKYARD_TEST_MODE) });
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message, devUsage);
    throw error;
  }
  const logger = {
    info: (m: string) => io.stderr(`hookyard: ${m}\n`),
    warn: (m: string) => io.stderr(`hookyard: ${m}\n`),
    error: (m: string, e?: unknown) => io.stderr(`hookyard: ${m}${e ? `: ${(e as Error)?.stack ?? String(e)}` : ''}\n`),
  };
  let handle;
  try {
    handle = await startHookyard({ ...config, cwd: io.cwd, logger, openStorage: (cfg, log) => openDataDir({ dir: cfg.dataDir, now: io.now(), logger: log, maxCaptures: cfg.maxCaptures }) });
  } catch (error) {
    if (error instanceof SeedError) throw new UsageError(error.message, devUsage);
    if (error instanceof DataDirLockedError || error instanceof PortInUseError) {
      io.stderr(`hookyard: ${error.message}\n`);
      return EXIT_INVALID;
    }
    throw error;
  }
  if (config.banner) io.stdout(formatBanner(handle, { requestedPort: config.port }));
  else io.stdout(`hookyard listening on ${handle.url}\n`);
  if (config.open && io.isTTY) {
    const { default: open } = await import('open');
    open(`${handle.url}/`).catch(() => logger.warn(`could not open a browser; the inspector is at ${handle.url}/`));
  }
  return new Promise<number>(() => {
    installShutdown(() => handle.close(), (m) => io.stderr(`${m}\n`));
  });
}
