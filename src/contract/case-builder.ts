import { eventFromBody, providerRequest } from '../signing/provider-request.js';
import { groupByVariant } from '../signing/scheme-variants.js';
import type { SchemeSpec, SignatureFormat } from '../signing/types.js';
import { bodyLayouts, formLayouts, isForm, isJson } from './body-layouts.js';
import { otherSecretLike } from './other-secret.js';
import type { ContractCase, ContractRequest, SuiteOptions } from './types.js';

const encoder = new TextEncoder();

/** Inserts a field after the first `{`: still valid JSON, so only the signature can catch it. */
function tamper(body: Uint8Array, contentType: string): Uint8Array {
  const text = new TextDecoder().decode(body);
  if (isForm(contentType)) return encoder.encode(`${text}${text ? '&' : ''}Tampered=true`);
  const at = text.indexOf('{');
  if (at < 0) return encoder.encode(`${text} `);
  return encoder.encode(`${text.slice(0, at + 1)}"tampered":true,${text.slice(at + 1)}`);
}

/** The same signature under a version or prefix the scheme does not count. */
function unknownVersion(format: SignatureFormat, value: string): string | null {
  switch (format.kind) {
    case 'kv-list':
      return value
        .split(format.pairSeparator)
        .map((pair) =>
          pair.startsWith(`${format.signatureKey}${format.kvSeparator}`)
            ? `v9${format.kvSeparator}${pair.slice(format.signatureKey.length + format.kvSeparator.length)}`
            : pair,
        )
        .join(format.pairSeparator);
    case 'versioned-list':
      return value
        .split(format.separator)
        .map((entry) => entry.replace(`${format.version}${format.versionSeparator}`, `v9${format.versionSeparator}`))
        .join(format.separator);
    case 'prefixed':
      return `v9=${value.slice(format.prefix.length)}`;
    case 'plain':
      return null;
  }
}

function malformed(format: SignatureFormat): string {
  if (format.kind === 'prefixed') return `${format.prefix}not-a-signature`;
  if (format.kind === 'kv-list') return `${format.signatureKey}${format.kvSeparator}`;
  return 'not a signature !!';
}

/** Why a timestamp case is only advice for this scheme, or undefined when its verifier enforces it. */
function timestampAdvice(scheme: SchemeSpec, which: 'stale' | 'future'): string | undefined {
  const policy = which === 'stale' ? scheme.verifier?.staleTimestamps : scheme.verifier?.futureTimestamps;
  if (!scheme.verifier || policy === 'rejected') return undefined;
  const risk =
    which === 'future'
      ? 'a request signed with a clock set ahead stays replayable until that time; reject timestamps beyond the tolerance either way'
      : 'a captured request can be replayed at any time; reject timestamps older than the tolerance';
  const does = policy === 'accepted' ? 'accepts' : 'does not check';
  return `${scheme.verifier.name} ${does} a ${which} timestamp by design, so this is advice: ${risk}.`;
}

/** Builds every case of the suite for each fixture; pure given `now` and `randomBytes`. */
export function buildCases(options: SuiteOptions): ContractCase[] {
  const { scheme } = options;
  // The variant the secret selects (a whsk_ key: Standard Webhooks v1a) shapes the forgeries.
  const keyed = groupByVariant(scheme, [options.secret])[0]?.scheme ?? scheme;
  const cases: ContractCase[] = [];
  const sigHeader = scheme.signature.header[0];
  const toleranceMs = (scheme.timestamp?.toleranceSeconds ?? 0) * 1000;

  for (const fixture of options.fixtures) {
    const eventId = (n: string) => `evt_contract_${fixture.name.replace(/[^a-z0-9]+/gi, '_')}_${n}`;
    const contentType = fixture.contentType ?? scheme.request?.contentType ?? 'application/json';
    const event = fixture.event ?? eventFromBody(scheme, fixture.body) ?? fixture.name;
    const signed = (body: Uint8Array, opts: { secret?: string; now?: number; id?: string; attempt?: number } = {}): ContractRequest => {
      const request = providerRequest(scheme, {
        body,
        secret: opts.secret ?? options.secret,
        now: opts.now ?? options.now,
        id: opts.id ?? eventId('1'),
        url: options.url,
        event,
        attempt: opts.attempt,
        contentType,
        headers: { ...fixture.headers, ...options.headers },
      });
      return { method: 'POST', headers: request.headers, body, ...(request.url !== options.url ? { url: request.url } : {}) };
    };
    type Kind = ContractCase['kind'];
    const add = (kind: Kind, variant: string, expect: ContractCase['expect'], requests: ContractRequest[], advisory?: string): void => {
      const testCase: ContractCase = { name: `${fixture.name} / ${variant}`, kind, variant, fixture: fixture.name, expect, requests };
      if (advisory) testCase.advisory = advisory;
      cases.push(testCase);
    };

    const genuine = signed(fixture.body);
    add('genuine', 'genuine', '2xx', [genuine]);
    const layouts = isJson(contentType) ? bodyLayouts(fixture.body) : isForm(contentType) ? formLayouts(fixture.body) : [];
    for (const layout of layouts) {
      add('genuine', layout.variant, '2xx', [signed(layout.body, { id: eventId(layout.variant.length.toString(36)) })]);
    }

    add('forgery', 'tampered body', '4xx', [{ ...genuine, body: tamper(fixture.body, contentType) }]);
    add('forgery', 'wrong secret', '4xx', [signed(fixture.body, { secret: otherSecretLike(keyed, options.secret, options.randomBytes) })]);
    if (options.previousSecret) add('forgery', 'rotated-away secret', '4xx', [signed(fixture.body, { secret: options.previousSecret })]);
    const { [sigHeader]: _dropped, ...unsigned } = genuine.headers;
    add('forgery', 'missing signature header', '4xx', [{ ...genuine, headers: unsigned }]);
    add('forgery', 'malformed signature header', '4xx', [
      { ...genuine, headers: { ...genuine.headers, [sigHeader]: malformed(keyed.signature.format) } },
    ]);
    const other = unknownVersion(keyed.signature.format, genuine.headers[sigHeader] ?? '');
    if (other !== null)
      add('forgery', 'unknown signature version only', '4xx', [{ ...genuine, headers: { ...genuine.headers, [sigHeader]: other } }]);
    if (scheme.timestamp && scheme.timestamp.toleranceSeconds !== null && !('bodyJsonField' in scheme.timestamp.source)) {
      const stale = signed(fixture.body, { now: options.now - toleranceMs - 120_000 });
      const future = signed(fixture.body, { now: options.now + toleranceMs + 120_000 });
      add('forgery', 'stale timestamp', '4xx', [stale], timestampAdvice(scheme, 'stale'));
      add('forgery', 'future timestamp', '4xx', [future], timestampAdvice(scheme, 'future'));
    }
    const again = eventId('redelivered');
    const retry = signed(fixture.body, { id: again, now: options.now + 1000, attempt: 2 });
    add('redelivery', 'redelivery of the same event id', '2xx', [signed(fixture.body, { id: again }), retry]);
  }
  return cases;
}
