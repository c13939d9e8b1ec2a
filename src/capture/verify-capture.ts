import { rankSchemes, verify } from '../signing/index.js';
import { channelScheme } from '../config/validate-channel.js';
import { knownSchemes } from '../profiles/schemes.js';

const schemeList = knownSchemes.list();
import type { SchemeSpec } from '../signing/types.js';
import type { CaptureVerdict } from './capture-types.js';
import type { ChannelSettings } from './channels.js';
import { wordForCapture } from './capture-wording.js';

/** A secret the workbench knows: an endpoint's signing secret, with the scheme it signs with. */
export interface KnownSecret {
  label: string;
  secret: string;
  scheme?: string;
}

export interface CaptureToVerify {
  headers: Array<[string, string]>;
  body: Uint8Array;
  url: string;
  method: string;
  now: number;
  /** The channel the request came to (`/in/<channel>`), named in the no-secret advice. */
  channel?: string;
}

/** The URL the sender signed: behind a tunnel, the public one from X-Forwarded-*. */
function publicUrl(headers: Array<[string, string]>, fallback: string): string {
  const get = (name: string) =>
    headers
      .find(([n]) => n.toLowerCase() === name)?.[1]
      ?.split(',')[0]
      ?.trim();
  const host = get('x-forwarded-host');
  const proto = get('x-forwarded-proto');
  if (!host && !proto) return fallback;
  const url = new URL(fallback);
  return `${proto ?? url.protocol.slice(0, -1)}://${host ?? url.host}${url.pathname}${url.search}`;
}

function toVerdict(scheme: SchemeSpec, v: ReturnType<typeof verify>, labels: string[]): CaptureVerdict {
  const verdict = {
    ok: v.ok,
    code: v.code,
    message: v.message,
    scheme: scheme.id,
    matched: v.matchedSecret !== undefined ? (labels[v.matchedSecret] ?? null) : null,
    diagnosis: v.diagnosis ?? null,
  };
  return wordForCapture(verdict, labels);
}

/**
 * The channel's scheme and secrets when it has them; otherwise every scheme whose headers are
 * present, tried with every secret the workbench knows, so events it fired itself verify.
 * `null` means the request carries no known signature header.
 */
export function verifyCapture(
  request: CaptureToVerify,
  channel: ChannelSettings | undefined,
  knownSecrets: readonly KnownSecret[] | (() => readonly KnownSecret[]),
): CaptureVerdict | null {
  // Listing every endpoint's secrets costs what is stored: only done when the channel has none.
  let listed: readonly KnownSecret[] | undefined;
  const known = (): readonly KnownSecret[] => (listed ??= typeof knownSecrets === 'function' ? knownSecrets() : knownSecrets);
  const url = publicUrl(request.headers, request.url);
  const run = (scheme: SchemeSpec, candidates: KnownSecret[]) =>
    verify(scheme, {
      headers: request.headers,
      body: request.body,
      secrets: candidates.map((k) => k.secret),
      secretLabels: candidates.map((k) => k.label),
      url,
      method: request.method,
      now: request.now,
      knownSchemes: schemeList,
    });
  const channelSecrets: KnownSecret[] = (channel?.secrets ?? []).map((secret, i) => ({
    label: i === 0 ? `channel ${channel!.name} secret` : `channel ${channel!.name} secret #${i + 1}`,
    secret,
  }));

  if (channel?.scheme) {
    const scheme = channel.schemeSpec ?? channelScheme(channel.scheme);
    const candidates = channelSecrets.length ? channelSecrets : known().filter((k) => !k.scheme || k.scheme === scheme.id);
    if (candidates.length === 0)
      return {
        ok: false,
        code: 'no_secret',
        message: `channel ${channel.name} uses ${scheme.name} but has no secret: set one with PUT /_yard/api/channels/${channel.name}`,
        scheme: scheme.id,
        matched: null,
        diagnosis: null,
      };
    return toVerdict(
      scheme,
      run(scheme, candidates),
      candidates.map((k) => k.label),
    );
  }

  const detected = rankSchemes(request.headers, schemeList).map((d) => d.scheme);
  if (detected.length === 0) return null;
  let first: CaptureVerdict | undefined;
  for (const scheme of detected.slice(0, 4)) {
    // This scheme's own secrets first (labels name the endpoint), then everything else known.
    const candidates = [
      ...channelSecrets,
      ...known().filter((k) => k.scheme === scheme.id),
      ...known().filter((k) => k.scheme !== scheme.id),
    ];
    if (candidates.length === 0) {
      first ??= {
        ok: false,
        code: 'no_secret',
        message: `signed with ${scheme.name}, but hookyard knows no secret to check it: give channel "${channel?.name ?? request.channel ?? 'default'}" one (PUT /_yard/api/channels/${encodeURIComponent(channel?.name ?? request.channel ?? 'default')} {"scheme","secrets"})`,
        scheme: scheme.id,
        matched: null,
        diagnosis: null,
      };
      continue;
    }
    const verdict = toVerdict(
      scheme,
      run(scheme, candidates),
      candidates.map((k) => k.label),
    );
    if (verdict.ok) return verdict;
    first ??= verdict;
  }
  return first ?? null;
}
