import { EXIT_OK, EXIT_USAGE, UsageError, type CliIo } from './io.js';
import { signCommand, signUsage } from './commands/sign-command.js';
import { verifyCommand, verifyUsage } from './commands/verify-command.js';
import { schemesCommand, schemesUsage } from './commands/schemes-command.js';
import { testCommand, testUsage } from './commands/test-command.js';
import { profilesCommand, profilesUsage } from './commands/profiles-command.js';
import { devCommand, devUsage } from './commands/dev-command.js';
import { triggerCommand, triggerUsage } from './commands/trigger-command.js';
import { listenCommand, listenUsage } from './commands/listen-command.js';
import { didYouMean } from '../plumbing/index.js';
import { packageVersion } from './version.js';

export interface Command {
  run(args: string[], io: CliIo): Promise<number>;
  usage: string;
}

export const usage = `hookyard — a local webhook workbench

Usage:
  hookyard [dev]            start the workbench (default command)
  hookyard sign             print the headers that sign a body
  hookyard verify           verify a received webhook and explain a failure
  hookyard schemes          list the signature schemes
  hookyard profiles         list the mocked providers
  hookyard trigger EVENT    fire a signed catalogue event (through the workbench, or --to URL)
  hookyard listen           forward captures to your app (--forward-to URL)
  hookyard test URL         contract-test your webhook handler (genuine accepted, forged rejected)
  hookyard help [COMMAND]   this text, or a command's flags
  hookyard --version        the version (also -v)

"hookyard <command> --help" (or "hookyard help <command>") shows a command's flags.
Exit codes: 0 success, 1 invalid / failed, 2 usage error.`;

const commands = new Map<string, Command>([
  ['sign', { run: signCommand, usage: signUsage }],
  ['verify', { run: verifyCommand, usage: verifyUsage }],
  ['schemes', { run: schemesCommand, usage: schemesUsage }],
  ['test', { run: testCommand, usage: testUsage }],
  ['profiles', { run: profilesCommand, usage: profilesUsage }],
  ['dev', { run: devCommand, usage: devUsage }],
  ['trigger', { run: triggerCommand, usage: triggerUsage }],
  ['listen', { run: listenCommand, usage: listenUsage }],
]);

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === '--version' || first === '-v' || first === 'version') {
    io.stdout(`hookyard ${packageVersion()}\n`);
    return EXIT_OK;
  }
  if (first === 'help' || first === '--help' || first === '-h') return help(rest[0], io);
  const implicitDev = first === undefined || first.startsWith('-');
  const name = implicitDev ? 'dev' : first;
  const args = implicitDev ? argv : rest;
  const command = commands.get(name);
  if (!command) return unknownCommand(name, io);
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`${command.usage}\n`);
    return EXIT_OK;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`hookyard ${name}: ${error.message}\n\n${error.usage ?? command.usage}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

function help(topic: string | undefined, io: CliIo): number {
  if (topic === undefined || topic === 'help') {
    io.stdout(`${usage}\n`);
    return EXIT_OK;
  }
  const command = commands.get(topic);
  if (!command) return unknownCommand(topic, io);
  io.stdout(`${command.usage}\n`);
  return EXIT_OK;
}

function unknownCommand(name: string, io: CliIo): number {
  const hint = didYouMean(name, [...commands.keys(), 'help']);
  io.stderr(`hookyard: unknown command "${name}"${hint}\n\n${usage}\n`);
  return EXIT_USAGE;
}
