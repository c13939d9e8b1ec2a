import { requestUrl, sign, SignError } from '../../signing/index.js';
import { EXIT_OK, UsageError, type CliIo } from '../io.js';
import { parseFlags, readBody } from '../parse-flags.js';
import { schemeOption } from '../scheme-arg.js';

export const signUsage = `Usage: hookyard sign --scheme ID --secret S (--body TEXT | --body-file F) [--id ID]
                     [--timestamp TS] [--url URL] [--method M] [--json]

Prints the headers a sender adds, one "Name: value" per line (--json: an object).
  --scheme ID        a preset (hookyard schemes) or a scheme JSON file
  --secret S         the signing secret (private key for Ed25519/ECDSA); repeat to sign
                     with several secrets during a rotation (newest first)
  --body TEXT        the body, exactly; or --body-file F (bytes; - reads stdin)
  --id ID            the message id, for schemes that sign one (default: derived from the body)
  --timestamp TS     in the scheme's own unit (unix seconds, ms, or RFC 3339); default now
  --url URL          the URL the request is sent to (Twilio, Square, HubSpot sign it)
  --method M         the HTTP method (HubSpot signs it; default POST)
  --json             print the headers as a JSON object`;

export async function signCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(args, {
    scheme: { type: 'string' },
    secret: { type: 'string', multiple: true },
    body: { type: 'string' },
    'body-file': { type: 'string' },
    id: { type: 'string' },
    timestamp: { type: 'string' },
    url: { type: 'string' },
    method: { type: 'string' },
    json: { type: 'boolean' },
  }, signUsage);
  const scheme = schemeOption(values.scheme, signUsage);
  if (!values.secret?.length) throw new UsageError('missing --secret', signUsage);
  const body = await readBody(values, io, signUsage);
  const timestamp = values.timestamp !== undefined && /^\d+$/.test(values.timestamp) ? Number(values.timestamp) : values.timestamp;
  let headers: Record<string, string>;
  try {
    headers = sign(scheme, { body, secrets: values.secret, id: values.id, timestamp, now: io.now(), url: values.url, method: values.method });
  } catch (error) {
    if (error instanceof SignError) throw new UsageError(error.message, signUsage);
    throw error;
  }
  const url = values.url ? requestUrl(scheme, values.url, body) : undefined;
  if (values.json) {
    io.stdout(`${JSON.stringify(url && url !== values.url ? { headers, url } : headers, null, 2)}\n`);
  } else {
    io.stdout(Object.entries(headers).map(([name, value]) => `${name}: ${value}\n`).join(''));
    if (url && url !== values.url) io.stderr(`note: send the request to ${url} (the scheme adds bodySHA256 to the URL)\n`);
  }
  return EXIT_OK;
}
