import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { DevFlags } from './resolve-config.js';

export const devUsage = `Usage: hookyard [dev] [flags]

Starts the workbench: the inspector, the mocked providers, capture at /in/<channel>.
Settings: defaults < hookyard.config.json < HOOKYARD_* env < flags.
  --port N                  the port (default 4400; 0 = any free one); the next free one if taken
  --strict-port             exit instead of taking the next free port
  --host H                  the address to listen on (default 127.0.0.1; warns when not loopback)
  --env sandbox|production  the providers' environment (default sandbox)
  --data-dir DIR            where endpoints, deliveries and captures are kept (default ./.hookyard)
  --memory                  keep nothing on disk
  --open / --no-open        open the inspector in a browser (default: yes on a terminal, not under CI)
  --max-body SIZE           the largest accepted body: 1mb, 512kb or bytes (default 1mb)
  --max-captures N          captures kept, oldest dropped first (default 1000)
  --max-history N           fired events kept (up to 4 deliveries each), oldest dropped first (default 5000)
  --allowed-host H          another Host name to accept (repeat; .example.test admits subdomains)
  --allow-destination X     a delivery destination beyond loopback: host, IP or CIDR (repeat)
  --delivery-timeout MS     how long a delivery waits for your app (default 15000)
  --time-scale N            run retry schedules N times faster (default 1)
  --fixtures DIR            your event fixtures, added to / overriding the built-in ones
  --config FILE             the config file (default ./hookyard.config.json)`;

export const devOptions = {
  port: { type: 'string' },
  host: { type: 'string' },
  'strict-port': { type: 'boolean' },
  env: { type: 'string' },
  'data-dir': { type: 'string' },
  memory: { type: 'boolean' },
  open: { type: 'boolean' },
  'no-open': { type: 'boolean' },
  'max-body': { type: 'string' },
  'max-captures': { type: 'string' },
  'max-history': { type: 'string' },
  'allowed-host': { type: 'string', multiple: true },
  'allow-destination': { type: 'string', multiple: true },
  'delivery-timeout': { type: 'string' },
  'time-scale': { type: 'string' },
  fixtures: { type: 'string' },
  config: { type: 'string' },
} satisfies NonNullable<ParseArgsConfig['options']>;

/** Parses the dev command's flags into `{ '--port': '4400', ... }` for resolveConfig. */
export function parseDevFlags(argv: string[]): DevFlags {
  const { values } = parseArgs({ args: argv, strict: true, allowPositionals: false, options: devOptions });
  const flags: DevFlags = {};
  for (const [name, value] of Object.entries(values)) {
    if (name === 'no-open') flags['--open'] = false;
    else flags[`--${name}`] = value as DevFlags[string];
  }
  return flags;
}
