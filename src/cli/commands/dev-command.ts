import { ConfigError, devOptions, devUsage, parseDevFlags, resolveConfig } from '../../config/index.js';
import { DataDirLockedError, openDataDir } from '../../storage/index.js';
import { startHookyard } from '../../server/start-hookyard.js';
import { PortInUseError } from '../../server/listen.js';
import { SeedError } from '../../server/seed-endpoints.js';
import { formatBanner } from '../../server/banner.js';
import { installShutdown } from '../../server/shutdown.js';
import { EXIT_INVALID, EXIT_USAGE, type CliIo } from '../io.js';
import { ChannelError } from '../../capture/index.js';
import { flagError } from '../parse-flags.js';
import { readServerFile, removeServerFile, writeServerFile } from '../server-file.js';
import { packageVersion } from '../version.js';
import { relative } from 'node:path';
import { builtInProfiles } from '../../profiles/registry.js';

export { devUsage };

/** `hookyard [dev]`: runs the workbench until SIGINT/SIGTERM. */
export async function devCommand(args: string[], io: CliIo): Promise<number> {
  let flags;
  try {
    flags = parseDevFlags(args);
  } catch (error) {
    throw flagError(error, devOptions, devUsage);
  }
  let config;
  try {
    const testMode = Boolean(io.env.VITEST || io.env.HOOKYARD_TEST_MODE);
    config = resolveConfig({ flags, env: io.env, cwd: io.cwd, profileIds: builtInProfiles().map((p) => p.id), testMode });
  } catch (error) {
    if (error instanceof ConfigError) {
      // Every problem at once, each naming its source and key; the flag list would only bury them.
      io.stderr(`hookyard: ${error.message}\n(hookyard dev --help lists the flags; the README's Configuration section the keys)\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
  const logger = {
    info: (m: string) => io.stderr(`hookyard: ${m}\n`),
    warn: (m: string) => io.stderr(`hookyard: ${m}\n`),
    error: (m: string, e?: unknown) => io.stderr(`hookyard: ${m}${e ? `: ${(e as Error)?.stack ?? String(e)}` : ''}\n`),
  };
  let handle;
  try {
    handle = await startHookyard({
      ...config,
      cwd: io.cwd,
      logger,
      openStorage: (cfg, log) => openDataDir({ dir: cfg.dataDir, now: io.now(), logger: log, maxCaptures: cfg.maxCaptures }),
    });
  } catch (error) {
    if (error instanceof SeedError || error instanceof ChannelError) {
      // A config entry the provider's own route refused: the entry's path says where; the flag list would not help.
      io.stderr(`hookyard: ${error.message}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof DataDirLockedError || error instanceof PortInUseError) {
      const running = error instanceof DataDirLockedError ? readServerFile(config.dataDir) : null;
      const where = running ? `It is running at ${running.url}/ (trigger and listen run here already use it).\n` : '';
      io.stderr(`hookyard: ${error.message}\n${where}`);
      return EXIT_INVALID;
    }
    throw error;
  }
  const record = { url: handle.url, pid: process.pid, startedAt: new Date(io.now()).toISOString(), version: packageVersion() };
  const serverFile = config.memory ? null : writeServerFile(config.dataDir, record);
  const shown = relative(io.cwd, serverFile ?? '') || serverFile;
  const notes = serverFile
    ? [`hookyard trigger / listen run in this folder find this workbench through ${shown}`]
    : [`hookyard trigger / listen find a --memory workbench only with --server ${handle.url} (or HOOKYARD_URL)`];
  if (config.banner) io.stdout(formatBanner(handle, { requestedPort: config.port, version: packageVersion(), notes }));
  else {
    const scale = config.timeScale !== 1 ? ` (time scale ×${config.timeScale}: retry delays only)` : '';
    io.stdout(`hookyard listening on ${handle.url}${scale}\n`);
  }
  if (config.open && io.isTTY) {
    const { default: open } = await import('open');
    open(`${handle.url}/`).catch(() => logger.warn(`could not open a browser; the inspector is at ${handle.url}/`));
  }
  return new Promise<number>(() => {
    installShutdown(
      async () => {
        if (serverFile) removeServerFile(config.dataDir);
        await handle.close();
      },
      (m) => io.stderr(`${m}\n`),
    );
  });
}
