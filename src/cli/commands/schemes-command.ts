import { knownSchemes } from '../../profiles/schemes.js';
import { EXIT_OK, type CliIo } from '../io.js';
import { parseFlags } from '../parse-flags.js';

export const schemesUsage = `Usage: hookyard schemes [--json]

Lists the signature schemes hookyard signs and verifies.
  --json   print them as JSON (each scheme's full description)`;

export async function schemesCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(args, { json: { type: 'boolean' } }, schemesUsage);
  const schemes = knownSchemes.list();
  if (values.json) {
    io.stdout(`${JSON.stringify(schemes, null, 2)}\n`);
    return EXIT_OK;
  }
  const width = Math.max(...schemes.map((s) => s.id.length));
  io.stdout(schemes.map((s) => `${s.id.padEnd(width)}  ${s.description}\n`).join(''));
  return EXIT_OK;
}
