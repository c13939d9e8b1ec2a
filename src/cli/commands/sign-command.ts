import { SignError } from '../../signing/index.js';
import { providerRequest } from '../../signing/provider-request.js';
import { sampleEvents, SampleError } from '../../contract/sample-events.js';
import { EXIT_OK, UsageError, type CliIo } from '../io.js';
import { parseFlags, readBody } from '../parse-flags.js';
import { parseHeaders, schemeOption } from '../scheme-arg.js';
import { curlCommand } from '../curl.js';

export const signUsage = `Usage: hookyard sign --scheme ID --secret S (--body TEXT | --body-file F | --event TYPE)
                     [--id ID] [--timestamp TS] [--url URL] [--method M] [--header "N: v" ...]
                     [--json | --curl URL] [--signature-only]

Prints the headers the provider sends (content type, its own headers, the signature), one
"Name: value" per line (--json: an object; --curl URL: a complete curl command).
  --scheme ID        a preset (hookyard schemes) or a scheme JSON file
  --secret S         the signing secret (private key for Ed25519/ECDSA); repeat to sign
                     with several secrets during a rotation (newest first)
  --body TEXT        the body, exactly; or --body-file F (bytes; - reads stdin)
  --event TYPE       the event type for the provider's headers (X-GitHub-Event …); without
                     a body, the preset's sample event of that type is signed
  --id ID            the message id, for schemes that sign one (default: derived from the body)
  --timestamp TS     in the scheme's own unit (unix seconds, ms, or RFC 3339); default now
  --url URL          the URL the request is sent to (Twilio, Square, HubSpot sign it)
  --method M         the HTTP method (HubSpot signs it; default POST)
  --json             print the headers as a JSON object
  --header "N: v"    an extra header (also -H); repeat for more
  --curl URL         print a curl command that sends the signed request to URL
  --signature-only   print only the signature headers`;

export async function signCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(
    args,
    {
      scheme: { type: 'string' },
      secret: { type: 'string', multiple: true },
      body: { type: 'string' },
      'body-file': { type: 'string' },
      event: { type: 'string' },
      id: { type: 'string' },
      timestamp: { type: 'string' },
      url: { type: 'string' },
      method: { type: 'string' },
      header: { type: 'string', short: 'H', multiple: true },
      curl: { type: 'string' },
      json: { type: 'boolean' },
      'signature-only': { type: 'boolean' },
    },
    signUsage,
  );
  const scheme = schemeOption(values.scheme, signUsage);
  if (!values.secret?.length) throw new UsageError('missing --secret', signUsage);
  if (values.curl && values.json) throw new UsageError('give --json or --curl, not both', signUsage);
  if (values.curl && values.url && values.curl !== values.url) {
    throw new UsageError('--curl URL is the URL signed and sent to: leave out --url', signUsage);
  }
  const extra = parseHeaders(values.header ?? [], signUsage);
  const now = io.now();
  let body: Uint8Array;
  let contentType: string | undefined;
  let sampleHeaders: Record<string, string> | undefined;
  let event = values.event;
  if (values.body === undefined && values['body-file'] === undefined && values.event !== undefined) {
    let samples;
    try {
      samples = sampleEvents(scheme, now);
    } catch (error) {
      if (error instanceof SampleError) throw new UsageError(error.message, signUsage);
      throw error;
    }
    const sample = samples.find((s) => s.name === values.event || s.event === values.event);
    if (!sample) {
      const names = samples.length ? `; samples: ${samples.map((s) => s.name).join(', ')}` : '';
      throw new UsageError(`no sample event "${values.event}" for ${scheme.name}${names} (or pass --body)`, signUsage);
    }
    ({ body, contentType, headers: sampleHeaders } = sample);
    event = sample.event;
  } else {
    body = await readBody(values, io, signUsage);
  }
  const timestamp = values.timestamp !== undefined && /^\d+$/.test(values.timestamp) ? Number(values.timestamp) : values.timestamp;
  const target = values.curl ?? values.url;
  if (values.curl) {
    try {
      new URL(values.curl);
    } catch {
      throw new UsageError(`--curl "${values.curl}" is not an absolute URL`, signUsage);
    }
  }
  let request;
  try {
    request = providerRequest(scheme, {
      body,
      secrets: values.secret,
      id: values.id,
      timestamp,
      now,
      url: target ?? '',
      method: values.method,
      event,
      contentType,
      headers: { ...sampleHeaders, ...extra },
    });
  } catch (error) {
    if (error instanceof SignError) throw new UsageError(error.message, signUsage);
    if (error instanceof TypeError && !target) throw new UsageError(`${scheme.name} needs the URL: pass --url`, signUsage);
    throw error;
  }
  const ts = scheme.timestamp;
  const timestampHeader = ts && 'header' in ts.source ? ts.source.header[0] : undefined;
  const signatureNames = new Set([scheme.signature.header[0], scheme.messageId?.header[0], timestampHeader]);
  const signatureOnly = Object.fromEntries(Object.entries(request.headers).filter(([n]) => signatureNames.has(n)));
  const headers = values['signature-only'] ? signatureOnly : request.headers;
  const url = target ? request.url : undefined;
  if (values.curl) {
    io.stdout(`${curlCommand(request.method, request.url, headers, body)}\n`);
  } else if (values.json) {
    io.stdout(`${JSON.stringify(url && url !== values.url ? { headers, url } : headers, null, 2)}\n`);
  } else {
    io.stdout(
      Object.entries(headers)
        .map(([name, value]) => `${name}: ${value}\n`)
        .join(''),
    );
    if (url && url !== values.url) io.stderr(`note: send the request to ${url} (the scheme adds bodySHA256 to the URL)\n`);
  }
  return EXIT_OK;
}
