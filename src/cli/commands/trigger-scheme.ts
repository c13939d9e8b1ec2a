import { randomBytes } from 'node:crypto';
import { applyOverrides, createHttpSender, DestinationPolicy } from '../../delivery/index.js';
import { SignError } from '../../signing/index.js';
import { providerRequest } from '../../signing/provider-request.js';
import { sampleEvents, SampleError } from '../../contract/sample-events.js';
import { isJson } from '../../contract/body-layouts.js';
import { EXIT_INVALID, EXIT_OK, UsageError, type CliIo } from '../io.js';
import { parseHeaders, schemeOption } from '../scheme-arg.js';
import { triggerUsage } from './trigger-command.js';

interface SchemeTriggerFlags {
  scheme?: string;
  list?: boolean;
  to?: string;
  secret?: string;
  endpoint?: string;
  profile?: string;
  set?: string[];
  header?: string[];
  json?: boolean;
}

/** `trigger EVENT --scheme ID --to URL`: one sample event, sent as the provider sends it. */
export async function triggerScheme(values: SchemeTriggerFlags, positionals: string[], io: CliIo): Promise<number> {
  const scheme = schemeOption(values.scheme, triggerUsage);
  const random = (n: number) => new Uint8Array(randomBytes(n));
  let samples;
  try {
    samples = sampleEvents(scheme, io.now(), random);
  } catch (error) {
    if (error instanceof SampleError) throw new UsageError(error.message, triggerUsage);
    throw error;
  }
  if (values.list) {
    if (samples.length === 0) io.stdout(`${scheme.id} has no sample events; send your own with hookyard sign --curl\n`);
    for (const s of samples) {
      const type = s.contentType ?? scheme.request?.contentType ?? 'application/json';
      io.stdout(`${s.name.padEnd(32)} ${s.event !== s.name ? `(${s.event}) ` : ''}${type}\n`);
    }
    return EXIT_OK;
  }
  const type = positionals[0];
  const names = samples.map((s) => s.name).join(', ') || 'none';
  if (!type || positionals.length > 1) throw new UsageError(`give exactly one EVENT; ${scheme.id} has: ${names}`, triggerUsage);
  if (values.profile || values.endpoint) {
    throw new UsageError('--scheme sends straight to --to URL: leave out --profile and --endpoint', triggerUsage);
  }
  if (!values.to) throw new UsageError('--scheme needs --to URL: the address to send the event to', triggerUsage);
  if (!values.secret) throw new UsageError('--scheme needs --secret S: the secret (or private key) to sign with', triggerUsage);
  try {
    new URL(values.to);
  } catch {
    throw new UsageError(`--to "${values.to}" is not an absolute URL`, triggerUsage);
  }
  const sample = samples.find((s) => s.name === type || s.event === type);
  if (!sample) throw new UsageError(`${scheme.id} has no sample event "${type}"; events: ${names}`, triggerUsage);
  const contentType = sample.contentType ?? scheme.request?.contentType ?? 'application/json';
  const sets = (values.set ?? []).map((s) => {
    const at = s.indexOf('=');
    if (at <= 0) throw new UsageError(`--set "${s}" must be path=value, e.g. --set data.amount=42`, triggerUsage);
    return [s.slice(0, at), s.slice(at + 1)] as [string, string];
  });
  if (sets.length && !isJson(contentType)) {
    throw new UsageError(`--set works on JSON events; ${sample.name} is ${contentType}`, triggerUsage);
  }
  const body = sets.length ? new TextEncoder().encode(applyOverrides(Buffer.from(sample.body).toString('utf8'), sets)) : sample.body;
  const id = `evt_${randomBytes(12).toString('hex')}`;
  let request;
  try {
    const headers = { ...sample.headers, ...parseHeaders(values.header ?? [], triggerUsage) };
    const { to: url, secret } = values;
    request = providerRequest(scheme, { body, secret, id, now: io.now(), url, event: sample.event, contentType, headers });
  } catch (error) {
    if (error instanceof SignError) throw new UsageError(error.message, triggerUsage);
    throw error;
  }
  // A direct send is the user's explicit choice of destination: no loopback-only policy here.
  const send = createHttpSender(new DestinationPolicy(['0.0.0.0/0', '::/0']));
  const result = await send({ url: request.url, headers: request.headers, body, timeoutMs: 15_000 });
  if (values.json) {
    const event = { id, type: sample.event, scheme: scheme.id };
    io.stdout(`${JSON.stringify({ event, url: request.url, headers: request.headers, result }, null, 2)}\n`);
  } else {
    const outcome = `${result.status ?? result.errorKind} ${result.errorMessage ?? ''}`;
    io.stdout(`${scheme.id} ${sample.name} → ${request.url}\n${outcome}\n${result.body}\n`);
  }
  return result.ok ? EXIT_OK : EXIT_INVALID;
}
