import { knownSchemes } from '../../profiles/schemes.js';
import { verify, type Verdict } from '../../signing/index.js';
import { EXIT_INVALID, EXIT_OK, UsageError, type CliIo } from '../io.js';
import { parseFlags, parseUnixSeconds, readBody } from '../parse-flags.js';
import { schemeOption } from '../scheme-arg.js';

export const verifyUsage = `Usage: hookyard verify --scheme ID --secret S [--secret OLD ...] -H "Name: value" ...
                       (--body TEXT | --body-file F) [--url URL] [--method M]
                       [--now UNIX] [--tolerance SECONDS] [--json]

Exit 0 valid, 1 invalid (the reason and diagnosis printed), 2 usage error.
  --scheme ID        a preset (hookyard schemes) or a scheme JSON file
  --secret S         a secret to accept (public key for Ed25519/ECDSA); repeat for rotation
  -H "Name: value"   a received header (also --header); repeat for each
  --body TEXT        the received body, exactly; or --body-file F (bytes; - reads stdin)
  --url URL          the full URL the sender posted to (URL-bound schemes)
  --method M         the request method (default POST)
  --now UNIX         the time to verify at, unix seconds (default: now)
  --tolerance S      the timestamp window in seconds (default: the scheme's)
  --json             print the verdict as JSON`;

function parseHeader(text: string): [string, string] {
  const at = text.indexOf(':');
  if (at <= 0) throw new UsageError(`-H "${text}" is not a header: write -H "Name: value"`, verifyUsage);
  return [text.slice(0, at).trim(), text.slice(at + 1).trim()];
}

function formatVerdict(verdict: Verdict): string {
  const lines = [verdict.ok ? `✓ ${verdict.message}` : `✗ invalid (${verdict.code}): ${verdict.message}`];
  for (const check of verdict.checks) lines.push(`  ${check.ok ? '✓' : '✗'} ${check.name}: ${check.detail}`);
  if (verdict.diagnosis) {
    if (!verdict.message.includes(verdict.diagnosis.message)) lines.push(`  why: ${verdict.diagnosis.message}`);
    if (verdict.diagnosis.cause) lines.push(`  checked: ${verdict.diagnosis.tried.join('; ')}`);
  }
  return `${lines.join('\n')}\n`;
}

export async function verifyCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(
    args,
    {
      scheme: { type: 'string' },
      secret: { type: 'string', multiple: true },
      header: { type: 'string', short: 'H', multiple: true },
      body: { type: 'string' },
      'body-file': { type: 'string' },
      url: { type: 'string' },
      method: { type: 'string' },
      now: { type: 'string' },
      tolerance: { type: 'string' },
      json: { type: 'boolean' },
    },
    verifyUsage,
  );
  const scheme = schemeOption(values.scheme, verifyUsage);
  if (!values.secret?.length) throw new UsageError('missing --secret: the secret (or public key) to verify with', verifyUsage);
  if (!values.header?.length) throw new UsageError('missing -H "Name: value": pass the received headers', verifyUsage);
  const headers = values.header.map(parseHeader);
  const body = await readBody(values, io, verifyUsage);
  const nowSeconds = parseUnixSeconds('--now', values.now, verifyUsage);
  let tolerance: number | undefined;
  if (values.tolerance !== undefined) {
    if (!/^\d+$/.test(values.tolerance)) throw new UsageError(`--tolerance must be whole seconds, got "${values.tolerance}"`, verifyUsage);
    tolerance = Number(values.tolerance);
  }
  const verdict = verify(scheme, {
    headers,
    body,
    secrets: values.secret,
    secretLabels: values.secret.length > 1 ? values.secret.map((_, i) => (i === 0 ? 'first --secret' : `--secret #${i + 1}`)) : undefined,
    url: values.url,
    method: values.method,
    knownSchemes: knownSchemes.list(),
    now: nowSeconds !== undefined ? nowSeconds * 1000 : io.now(),
    toleranceSeconds: tolerance,
  });
  io.stdout(values.json ? `${JSON.stringify(verdict, null, 2)}\n` : formatVerdict(verdict));
  return verdict.ok ? EXIT_OK : EXIT_INVALID;
}
