import type { SignatureFormat } from '../types.js';

export function formatSignatureHeader(format: SignatureFormat, signatures: readonly string[], timestamp?: string): string {
  switch (format.kind) {
    case 'plain':
      return signatures[0] ?? '';
    case 'prefixed':
      return `${format.prefix}${signatures[0] ?? ''}`;
    case 'kv-list': {
      const pairs = format.timestampKey && timestamp !== undefined ? [`${format.timestampKey}${format.kvSeparator}${timestamp}`] : [];
      for (const sig of signatures) pairs.push(`${format.signatureKey}${format.kvSeparator}${sig}`);
      return pairs.join(format.pairSeparator);
    }
    case 'versioned-list':
      return signatures.map((sig) => `${format.version}${format.versionSeparator}${sig}`).join(format.separator);
  }
}

export interface ParsedSignatureHeader {
  /** Signatures of the version the scheme counts. */
  signatures: string[];
  /** A timestamp carried inside the header (kv-list `t=`). */
  timestamp?: string;
  /** Other versions / prefixes seen (`v0`, `sha1`), never used to verify. */
  otherVersions: string[];
  /** Why the value could not be read, with what was expected. */
  malformed?: string;
}

function describe(format: SignatureFormat): string {
  switch (format.kind) {
    case 'plain':
      return 'the signature alone';
    case 'prefixed':
      return `"${format.prefix}<signature>"`;
    case 'kv-list':
      return `"${format.timestampKey ? `${format.timestampKey}${format.kvSeparator}<timestamp>${format.pairSeparator}` : ''}${format.signatureKey}${format.kvSeparator}<signature>"`;
    case 'versioned-list':
      return `"${format.version}${format.versionSeparator}<signature>" entries separated by "${format.separator}"`;
  }
}

export function parseSignatureHeader(format: SignatureFormat, raw: string): ParsedSignatureHeader {
  const value = raw.trim();
  const expected = `expected ${describe(format)}`;
  if (value.length === 0) return { signatures: [], otherVersions: [], malformed: `the header is empty; ${expected}` };
  switch (format.kind) {
    case 'plain':
      return { signatures: [value], otherVersions: [] };
    case 'prefixed': {
      if (value.startsWith(format.prefix)) return { signatures: [value.slice(format.prefix.length)], otherVersions: [] };
      const other = /^([A-Za-z0-9]+)=/.exec(value);
      if (other) return { signatures: [], otherVersions: [other[1]!] };
      return { signatures: [], otherVersions: [], malformed: `the value has no "${format.prefix}" prefix; ${expected}` };
    }
    case 'kv-list': {
      const out: ParsedSignatureHeader = { signatures: [], otherVersions: [] };
      for (const pair of value.split(format.pairSeparator)) {
        const item = pair.trim();
        if (item.length === 0) continue;
        const at = item.indexOf(format.kvSeparator);
        if (at <= 0) return { ...out, malformed: `"${item}" is not a key${format.kvSeparator}value pair; ${expected}` };
        const key = item.slice(0, at).trim();
        const val = item.slice(at + format.kvSeparator.length).trim();
        if (key === format.timestampKey) {
          if (out.timestamp !== undefined && out.timestamp !== val)
            return { ...out, malformed: `the header carries two different "${key}" values; ${expected}` };
          out.timestamp = val;
        } else if (key === format.signatureKey) out.signatures.push(val);
        else out.otherVersions.push(key);
      }
      return out;
    }
    case 'versioned-list': {
      const out: ParsedSignatureHeader = { signatures: [], otherVersions: [] };
      for (const entry of value.split(format.separator)) {
        const item = entry.trim();
        if (item.length === 0) continue;
        const at = item.indexOf(format.versionSeparator);
        if (at < 0) {
          out.otherVersions.push(item.length > 12 ? `${item.slice(0, 12)}…` : item);
          continue;
        }
        const version = item.slice(0, at);
        if (version === format.version) out.signatures.push(item.slice(at + format.versionSeparator.length));
        else out.otherVersions.push(version);
      }
      return out;
    }
  }
}
