import { parseArgs } from 'node:util';
import type { DevFlags } from './resolve-config.js';

export const devUsage = `Usage: hookyard [dev] [--port N] [--host H] [--strict-port] [--env sandbox|production]
                    [--data-dir DIR] [--memory] [--no-open] [--max-body SIZE] [--max-captures N]
                    [--allowed-host H ...] [--allow-destination X ...] [--delivery-timeout MS]
                    [--time-scale N] [--fixtures DIR] [--config FILE]

Starts the workbench: the inspector, the mocked providers, capture at /in/<channel>.
Settings: defaults < hookyard.config.json < HOOKYARD_* env < flags.`;

/** Parses the dev command's flags into `{ '--port': '4400', ... }` for resolveConfig. */
export function parseDevFlags(argv: string[]): DevFlags {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: 'string' }, host: { type: 'string' }, 'strict-port': { type: 'boolean' }, env: { type: 'string' },
      'data-dir': { type: 'string' }, memory: { type: 'boolean' }, open: { type: 'boolean' }, 'no-open': { type: 'boolean' },
      'max-body': { type: 'string' }, 'max-captures': { type: 'string' }, 'allowed-host': { type: 'string', multiple: true },
      'allow-destination': { type: 'string', multiple: true }, 'delivery-timeout': { type: 'string' }, 'time-scale': { type: 'string' },
      fixtures: { type: 'string' }, config: { type: 'string' },
    },
  });
  const flags: DevFlags = {};
  for (const [name, value] of Object.entries(values)) {
    if (name === 'no-open') flags['--open'] = false;
    else flags[`--${name}`] = value as DevFlags[string];
  }
  return flags;
}
