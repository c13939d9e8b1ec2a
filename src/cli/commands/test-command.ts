import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { jsonReport, junitReport, prepareSuite, readOverrides, runSuite, SuiteSetupError, tableReport } from '../../contract/index.js';
import { builtInProfiles } from '../../profiles/registry.js';
import { EXIT_INVALID, EXIT_OK, UsageError, type CliIo } from '../io.js';
import { parseFlags } from '../parse-flags.js';
import { parseHeaders, schemeOption } from '../scheme-arg.js';

/** The registered provider ids, as a sentence: `a, b or c`. */
function profileIds(): string {
  const ids = builtInProfiles().map((p) => p.id);
  return ids.length > 1 ? `${ids.slice(0, -1).join(', ')} or ${ids.at(-1)}` : (ids[0] ?? '');
}

export const testUsage = `Usage: hookyard test URL (--profile P | --scheme ID) --secret S [--previous-secret OLD]
                     [--fixtures DIR] [--event TYPE] [--header "Name: value" ...] [--strict]
                     [--reporter table|junit|json] [--config FILE] [--timeout MS]

Sends every event fixture of the profile to your webhook handler, genuinely signed (also in
other JSON byte layouts) and forged (tampered body, wrong secret, missing/malformed signature,
unknown version, stale/future timestamp), plus a redelivery. Genuine must get a 2xx, forged a 4xx.
Requests carry the provider's own headers and content type. Where the provider's official
verifier accepts something risky (Stripe and Slack Bolt accept future timestamps) the case is
a warning, not a failure. Exit 0 when every case passes, 1 otherwise, 2 usage error.
  --profile P          ${profileIds()} (its scheme and events)
  --scheme ID          any scheme (hookyard schemes) or scheme file, with its sample events
  --secret S           the secret your handler verifies with
  --previous-secret S  a rotated-away secret that must now be rejected
  --fixtures DIR       your own event fixtures, added to the built-in ones
                       (DIR/<profile or scheme>/*.json or DIR/*.json)
  --event TYPE         only this event (see hookyard trigger --scheme ID --list)
  --header "N: v"      add a header to every request (also -H); repeat for more
  --strict             advisory cases (risky but accepted by the official verifier) fail
  --reporter R         table (default), junit (XML) or json
  --config FILE        per-case expectation overrides (default: hookyard.contract.json if present)
  --timeout MS         the provider's delivery timeout (default 15000)`;

export async function testCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(
    args,
    {
      profile: { type: 'string' },
      scheme: { type: 'string' },
      secret: { type: 'string' },
      'previous-secret': { type: 'string' },
      fixtures: { type: 'string' },
      reporter: { type: 'string' },
      config: { type: 'string' },
      timeout: { type: 'string' },
      event: { type: 'string' },
      header: { type: 'string', short: 'H', multiple: true },
      strict: { type: 'boolean' },
    },
    testUsage,
    true,
  );
  const url = positionals[0];
  if (!url || positionals.length > 1) throw new UsageError('give exactly one URL: the address of your webhook handler', testUsage);
  try {
    new URL(url);
  } catch {
    throw new UsageError(`"${url}" is not an absolute URL (e.g. http://localhost:3000/webhooks)`, testUsage);
  }
  const reporter = values.reporter ?? 'table';
  if (!['table', 'junit', 'json'].includes(reporter))
    throw new UsageError(`--reporter must be table, junit or json, got "${reporter}"`, testUsage);
  if (!values.secret) throw new UsageError('missing --secret: the secret your handler verifies with', testUsage);
  const timeoutMs = values.timeout === undefined ? 15_000 : Number(values.timeout);
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0)
    throw new UsageError(`--timeout must be a positive number of milliseconds, got "${values.timeout}"`, testUsage);
  const headers = parseHeaders(values.header ?? [], testUsage);
  const scheme = values.scheme !== undefined ? schemeOption(values.scheme, testUsage) : undefined;
  try {
    const configPath =
      values.config ?? (existsSync(join(io.cwd, 'hookyard.contract.json')) ? join(io.cwd, 'hookyard.contract.json') : undefined);
    const overrides = configPath ? readOverrides(configPath) : undefined;
    const prepared = await prepareSuite({
      profile: values.profile,
      scheme,
      secret: values.secret,
      previousSecret: values['previous-secret'],
      fixturesDir: values.fixtures,
      url,
      now: io.now(),
      event: values.event,
      headers,
    });
    const report = await runSuite({
      target: url,
      url,
      cases: prepared.cases,
      schemeName: prepared.scheme.name,
      timeoutMs,
      overrides,
      strict: values.strict,
    });
    io.stdout(reporter === 'junit' ? junitReport(report) : reporter === 'json' ? jsonReport(report) : tableReport(report));
    return report.failed === 0 ? EXIT_OK : EXIT_INVALID;
  } catch (error) {
    if (error instanceof SuiteSetupError) throw new UsageError(error.message, testUsage);
    throw error;
  }
}
