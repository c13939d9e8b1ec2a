import { builtInProfiles } from '../../profiles/registry.js';
import { EXIT_OK, type CliIo } from '../io.js';
import { parseFlags } from '../parse-flags.js';

export const profilesUsage = `Usage: hookyard profiles [--json]

Lists the mocked providers: mount, test key, events and delivery scheme.
  --json   print them as a JSON array`;

export async function profilesCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(args, { json: { type: 'boolean' } }, profilesUsage);
  const list = builtInProfiles().map((p) => ({
    id: p.id,
    title: p.title,
    mount: p.mount,
    testKey: p.defaultApiKeys[0]?.key,
    events: [...p.events.types],
    deliveryScheme: p.deliveryScheme.id,
  }));
  if (values.json) {
    io.stdout(`${JSON.stringify(list, null, 2)}\n`);
    return EXIT_OK;
  }
  for (const p of list)
    io.stdout(
      `${p.id.padEnd(11)} ${p.mount.padEnd(12)} key ${p.testKey}  signs with ${p.deliveryScheme}\n${' '.repeat(12)}events: ${p.events.join(', ')}\n`,
    );
  return EXIT_OK;
}
