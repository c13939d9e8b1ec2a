/**
 * The declarative signature-scheme model. A preset is a `SchemeSpec` value; one engine
 * (`sign`, `verify`, `diagnose`) interprets it. Keep this file free of logic.
 */

/** HMAC algorithms, asymmetric signatures, or a shared token compared as-is (GitLab). */
export type SchemeAlgorithm = 'hmac-sha256' | 'hmac-sha1' | 'hmac-sha512' | 'ed25519' | 'ecdsa-p256-sha256' | 'token';

/**
 * How the configured secret string becomes key bytes.
 * - `utf8`: the string's bytes, no decoding (Stripe keeps `whsec_`).
 * - `whsec-base64`: strip an optional `whsec_` prefix, base64-decode (Standard Webhooks).
 * - `base64` / `hex`: decode the whole string.
 * - `whsk-whpk`: Standard Webhooks v1a: `whsk_` + base64(seed ‖ public) to sign, `whpk_` + base64(public) to verify.
 * - `ed25519-hex`: a 32-byte Ed25519 public key in hex (Discord); signing takes a 32-byte seed in hex (or PKCS8 PEM).
 * - `ecdsa-der-base64`: verify with a base64 DER SPKI public key; sign with a base64 DER PKCS8 private key (or PEM).
 */
export type KeyFormat = 'utf8' | 'whsec-base64' | 'base64' | 'hex' | 'whsk-whpk' | 'ed25519-hex' | 'ecdsa-der-base64';

export type SignatureEncoding = 'hex' | 'base64' | 'base64url';

/**
 * Where the signature lives in the header value.
 * - `plain`: the whole value is the signature (`X-Signature: <hex>`).
 * - `prefixed`: `<prefix><sig>` (`sha256=<hex>`, `v0=<hex>`).
 * - `kv-list`: `t=<ts>,v1=<sig>,v1=<sig>` with a pair separator and a key/value separator;
 *   only `signatureKey` entries count (no downgrade to v0).
 * - `versioned-list`: space-separated `v1,<sig> v1,<sig>` (Standard Webhooks).
 */
export type SignatureFormat =
  | { kind: 'plain' }
  | { kind: 'prefixed'; prefix: string }
  | { kind: 'kv-list'; pairSeparator: string; kvSeparator: string; signatureKey: string; timestampKey?: string }
  | { kind: 'versioned-list'; separator: string; version: string; versionSeparator: string };

/** A header name, with accepted alternative names (first = the one `sign` emits). */
export type HeaderNames = readonly [string, ...string[]];

export type TimestampUnit = 's' | 'ms' | 'rfc3339';

export interface TimestampSpec {
  /** Where the timestamp is read: its own header, the signature header's kv-list, or a JSON body field. */
  source: { header: HeaderNames } | { signatureKey: string } | { bodyJsonField: string };
  unit: TimestampUnit;
  /** Seconds either way; `null` = the scheme has a timestamp but checks no window. */
  toleranceSeconds: number | null;
}

export interface SchemeSpec {
  id: string;
  name: string;
  /** One line for `hookyard schemes`. */
  description: string;
  algorithm: SchemeAlgorithm;
  key: { format: KeyFormat; minBytes?: number; maxBytes?: number };
  /**
   * Template of the signed content. Placeholders: `{id}`, `{timestamp}`, `{body}`, `{method}`,
   * `{url}`, `{hubspotUri}` (URL with HubSpot's percent-decoding), `{formParams}` (sorted
   * name+value pairs of a form body, Twilio), `{bodySha256Url}` (the URL, which must carry
   * `bodySHA256=<hex sha256(body)>`; the hash is checked too). Everything else is literal.
   */
  content: string;
  encoding: SignatureEncoding;
  signature: { header: HeaderNames; format: SignatureFormat };
  /** The message-id header (signed where the content template has `{id}`). */
  messageId?: { header: HeaderNames };
  timestamp?: TimestampSpec;
  /** Headers `sign` adds verbatim (e.g. a topic header), never checked. */
  staticHeaders?: Readonly<Record<string, string>>;
  /** True when a sender signs with every valid secret in one header during rotation. */
  multiSignature: boolean;
  /** The schemes whose URL is part of the signature: diagnosis tries URL variants. */
  urlBound?: boolean;
  /** Presets for seed profiles and vendors: 'vendor' | 'profile' | 'standard' | 'custom'. */
  origin: 'standard' | 'vendor' | 'profile' | 'custom';
  /** The request the provider sends besides the signature: headers, content type, URL forming. */
  request?: ProviderRequestSpec;
  /** What the provider's official verifier does, which the contract suite's expectations follow. */
  verifier?: VerifierSpec;
  /**
   * Alternative key material selecting another algorithm in the same header (Standard Webhooks:
   * `whsk_`/`whpk_` keys mean v1a Ed25519). The first secret's prefix picks the variant.
   */
  keyVariants?: ReadonlyArray<KeyVariant>;
  /** Another content template when the URL carries a parameter (Twilio: `bodySHA256` = a JSON body). */
  contentWhenUrlHas?: { param: string; content: string };
}

export interface KeyVariant {
  prefixes: readonly string[];
  algorithm: SchemeAlgorithm;
  key: SchemeSpec['key'];
  encoding: SignatureEncoding;
  signature: SchemeSpec['signature'];
}

/**
 * Header templates: `{event}` the event type, `{id}` the message id, `{uuid}` a GUID derived from
 * the id, `{retry}` the retry number (1 = first retry), `{hex:N}` N stable hex digits, `{now.iso}`,
 * `{now.unix}`. Everything else is literal.
 */
export interface ProviderRequestSpec {
  /** The content type of a JSON event (samples may declare another, e.g. Slack commands). */
  contentType: string;
  /** Headers the provider sends with every request. */
  headers?: Readonly<Record<string, string>>;
  /** Headers added to a redelivery (retry) only, e.g. Slack's `X-Slack-Retry-Num`. */
  retryHeaders?: Readonly<Record<string, string>>;
  /** The message id's shape: a GUID (GitHub, Shopify, Twitch) or the default `msg_…`/event id. */
  idFormat?: 'uuid';
  /** Where the event type sits in a JSON body (dotted path), to fill `{event}` when none is given. */
  eventField?: string;
  /** The folder of `fixtures/samples/` holding this provider's sample events (default: the id). */
  samples?: string;
}

export type TimestampPolicy = 'rejected' | 'accepted' | 'not-checked';

export interface VerifierSpec {
  /** The official verifier, e.g. `stripe.webhooks.constructEvent (stripe-node)`. */
  name: string;
  /** A timestamp older than the tolerance. */
  staleTimestamps: TimestampPolicy;
  /** A timestamp ahead of the clock by more than the tolerance. */
  futureTimestamps: TimestampPolicy;
  /** One sentence for the README and warnings. */
  note?: string;
}

/** Headers as received: a plain object (any case), a `Headers`, or `[name, value]` pairs (duplicates kept). */
export type HeadersInput =
  | Headers
  | Readonly<Record<string, string | readonly string[] | undefined>>
  | ReadonlyArray<readonly [string, string]>;

export type Body = Uint8Array | string;

export interface SignInput {
  body: Body;
  /** One secret, or several during rotation (newest first). For asymmetric schemes: private keys. */
  secret?: string;
  secrets?: readonly string[];
  id?: string;
  /** In the scheme's unit (unix s, unix ms, or RFC 3339 text). Defaults come from `now`. */
  timestamp?: number | string;
  /** Unix ms, used only to fill a missing timestamp. Pass it: the engine never reads the clock. */
  now?: number;
  url?: string;
  method?: string;
}

export interface VerifyInput {
  headers: HeadersInput;
  body: Body;
  /** Every secret to accept (current first). For asymmetric schemes: public keys. */
  secrets: readonly string[];
  url?: string;
  method?: string;
  /** Unix ms. Required for schemes with a timestamp window. */
  now: number;
  /** Seconds; overrides the scheme's tolerance. */
  toleranceSeconds?: number;
  /** Names for the secrets, parallel to `secrets`, used in messages ("matched the previous secret"). */
  secretLabels?: readonly string[];
  /**
   * Secrets that must NOT be accepted but may explain a mismatch (another endpoint's, a rotated-away
   * one, another environment's). Only the diagnosis uses them.
   */
  knownSecrets?: ReadonlyArray<{ label: string; secret: string }>;
  /** Skip the diagnosis (hot paths that only need the verdict). */
  diagnose?: boolean;
  /** Where a missing header's explanation looks for the scheme that did sign; default: the engine's presets. */
  knownSchemes?: readonly SchemeSpec[];
}

/** Stable codes, after standard-webhooks' error names. */
export type VerifyCode =
  | 'ok'
  | 'missing_header'
  | 'duplicate_header'
  | 'malformed_header'
  | 'missing_timestamp'
  | 'malformed_timestamp'
  | 'timestamp_too_old'
  | 'timestamp_in_future'
  | 'no_matching_version'
  | 'wrong_length'
  | 'invalid_secret'
  | 'missing_url'
  | 'body_hash_mismatch'
  | 'no_secret'
  | 'signature_mismatch';

export interface VerifyCheck {
  name: string;
  ok: boolean;
  detail: string;
}

export interface Diagnosis {
  /** Id of the mistake that reproduces the received signature, or `null` when none did. */
  cause: string | null;
  /** One sentence a developer can act on. */
  message: string;
  /** Variants recomputed, for "what was checked". */
  tried: string[];
}

export interface Verdict {
  ok: boolean;
  code: VerifyCode;
  message: string;
  checks: VerifyCheck[];
  /** Index into `secrets` of the one that matched. */
  matchedSecret?: number;
  diagnosis?: Diagnosis;
}

export type SignedHeaders = Record<string, string>;
