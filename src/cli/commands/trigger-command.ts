import { randomBytes } from 'node:crypto';
import { builtInProfiles } from '../../profiles/registry.js';
import type { ProfileDefinition } from '../../profiles/types.js';
import { ForbiddenKeyError, PathError } from '../../guard/index.js';
import { applyOverrides, createHttpSender, DestinationPolicy, EventCatalogue, renderTemplate } from '../../delivery/index.js';
import { sign } from '../../signing/index.js';
import { EXIT_INVALID, EXIT_OK, UsageError, type CliIo } from '../io.js';
import { parseFlags } from '../parse-flags.js';
import { controlCall, serverUrl, ServerError } from '../server-client.js';
import { triggerScheme } from './trigger-scheme.js';

export const triggerUsage = `Usage: hookyard trigger EVENT [--profile P] [--endpoint ID | --to URL] [--data FILE]
                        [--set path=value ...] [--secret S] [--server URL]
       hookyard trigger EVENT --scheme ID --to URL --secret S [--header "N: v" ...]
       hookyard trigger --scheme ID --list

Fires a catalogue event. Through a running workbench it goes to every matching endpoint (or
--endpoint ID) with retries; with --to URL alone it signs one event and sends it directly,
printing the answer (--secret: the signing secret; a random one is made and printed otherwise).
  EVENT             e.g. funding.created (hookyard profiles lists each provider's events)
  --profile P       the provider, when several have the event
  --endpoint ID     only this endpoint of the workbench
  --to URL          sign and send one event straight to URL (no workbench needed)
  --data FILE       JSON that replaces the event's "data"
  --set path=value  override one field (value as JSON when it parses, text otherwise)
  --secret S        with --to: the signing secret (default: a new one, printed)
  --scheme ID       send one of a preset's sample events (hookyard schemes) as that provider
                    does: its headers, content type and signature; --list shows the events
  --list            with --scheme: list the preset's sample events
  --header "N: v"   an extra header (with --scheme; also -H); repeat for more
  --json            print the result as JSON
  --scheme ID       send one of a preset's sample events (hookyard schemes) as that provider
                    does: its headers, content type and signature; --list shows the events
  --header "N: v"   an extra header (with --scheme); repeat for more
  --server URL      the workbench (default: HOOKYARD_URL, else the one recorded in
                    ./.hookyard/server.json, else http://127.0.0.1:4400)`;

/** A fresh secret in the provider's own format (its definition's `secret.generate`). */
function newSecret(profile: ProfileDefinition<unknown>): string {
  const random = (n: number) => new Uint8Array(randomBytes(n));
  return profile.secret?.generate?.(random) ?? randomBytes(24).toString('base64url');
}

export async function triggerCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(
    args,
    {
      profile: { type: 'string' },
      endpoint: { type: 'string' },
      to: { type: 'string' },
      data: { type: 'string' },
      set: { type: 'string', multiple: true },
      secret: { type: 'string' },
      server: { type: 'string' },
      json: { type: 'boolean' },
      scheme: { type: 'string' },
      list: { type: 'boolean' },
      header: { type: 'string', short: 'H', multiple: true },
    },
    triggerUsage,
    true,
  );
  if (values.list && values.scheme === undefined)
    throw new UsageError('--list needs --scheme ID: the preset whose sample events to list', triggerUsage);
  if (values.scheme !== undefined) return triggerScheme(values, positionals, io);
  const type = positionals[0];
  if (!type || positionals.length > 1) throw new UsageError('give exactly one EVENT, e.g. hookyard trigger funding.created', triggerUsage);
  if (values.endpoint && values.to) throw new UsageError('give --endpoint or --to, not both', triggerUsage);
  const profiles = builtInProfiles();
  const candidates = profiles.filter((p) => (!values.profile || p.id === values.profile) && p.events.types.includes(type));
  if (values.profile && !profiles.some((p) => p.id === values.profile))
    throw new UsageError(`unknown profile "${values.profile}"; known: ${profiles.map((p) => p.id).join(', ')}`, triggerUsage);
  if (candidates.length === 0)
    throw new UsageError(
      `no profile has the event "${type}"; events: ${profiles.map((p) => `${p.id}: ${p.events.types.join(', ')}`).join('; ')}`,
      triggerUsage,
    );
  if (candidates.length > 1)
    throw new UsageError(`"${type}" exists in ${candidates.map((p) => p.id).join(' and ')}: add --profile`, triggerUsage);
  const profile = candidates[0]!;
  const sets = (values.set ?? []).map((s) => {
    const at = s.indexOf('=');
    if (at <= 0) throw new UsageError(`--set "${s}" must be path=value, e.g. --set data.amount=42`, triggerUsage);
    return [s.slice(0, at), s.slice(at + 1)] as [string, string];
  });
  let data: unknown;
  if (values.data) {
    try {
      data = JSON.parse(Buffer.from(await io.readFile(values.data)).toString('utf8'));
    } catch (error) {
      throw new UsageError(`--data ${values.data} must be a readable JSON file (${(error as Error).message})`, triggerUsage);
    }
  }

  if (values.to) {
    const template = new EventCatalogue(null).template(profile.id, type)!;
    const id = profile.delivery?.eventId?.((n) => new Uint8Array(randomBytes(n))) ?? `evt_${randomBytes(12).toString('hex')}`;
    let body: string;
    try {
      body = applyOverrides(
        renderTemplate(template, { eventId: id, endpointId: 'ep_cli', now: io.now(), randomBytes: (n) => new Uint8Array(randomBytes(n)) }),
        sets,
        data,
      );
    } catch (error) {
      // A refused path (__proto__, constructor, prototype, empty segment) is the caller's mistake.
      if (error instanceof ForbiddenKeyError || error instanceof PathError) throw new UsageError(`--set: ${error.message}`, triggerUsage);
      throw error;
    }
    const secret = values.secret ?? newSecret(profile);
    const bytes = new TextEncoder().encode(body);
    const headers = {
      'content-type': 'application/json',
      ...profile.delivery?.headers?.({ id, type }),
      ...sign(profile.deliveryScheme, { body: bytes, secret, id, now: io.now(), url: values.to }),
    };
    // A direct send is the user's explicit choice of destination: no loopback-only policy here.
    const result = await createHttpSender(new DestinationPolicy(['0.0.0.0/0', '::/0']))({
      url: values.to,
      headers,
      body: bytes,
      timeoutMs: 15_000,
    });
    if (!values.secret) io.stderr(`signed with a new secret: ${secret}\n`);
    io.stdout(
      values.json
        ? `${JSON.stringify({ event: { id, type, profile: profile.id }, headers, result }, null, 2)}\n`
        : `${profile.id} ${type} ${id} → ${values.to}\n${result.status ?? result.errorKind} ${result.errorMessage ?? ''}\n${result.body}\n`,
    );
    return result.ok ? EXIT_OK : EXIT_INVALID;
  }

  const server = serverUrl(values.server, io.env, io.cwd);
  try {
    const result = await controlCall<{
      events: Array<{ id: string }>;
      deliveries: Array<{
        endpointId: string;
        url: string;
        state: string;
        attempts: Array<{ status: number | null; errorKind: string | null }>;
      }>;
    }>(server, 'POST', '/events', { profile: profile.id, type, endpointId: values.endpoint, set: sets.map(([k, v]) => `${k}=${v}`), data });
    if (values.json) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    else {
      io.stdout(`${profile.id} ${type} ${result.events[0]?.id} → ${result.deliveries.length} endpoint(s) (workbench ${server})\n`);
      for (const d of result.deliveries)
        io.stdout(`  ${d.endpointId} ${d.url}: ${d.attempts[0]?.status ?? d.attempts[0]?.errorKind ?? 'scheduled'} (${d.state})\n`);
      if (result.deliveries.length === 0) io.stdout(`  no active ${profile.id} endpoint subscribes to ${type}\n`);
    }
    return EXIT_OK;
  } catch (error) {
    if (error instanceof ServerError) {
      io.stderr(`hookyard trigger: ${error.message}\n`);
      return EXIT_INVALID;
    }
    throw error;
  }
}
