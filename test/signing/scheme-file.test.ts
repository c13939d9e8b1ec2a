import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemeFromArg, sign, verify, SchemeFileError } from '../../src/signing/index.js';

const dir = mkdtempSync(join(tmpdir(), 'hookyard-scheme-'));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('scheme files', () => {
  it('loads a custom scheme and signs and verifies with it', () => {
    const path = file('acme.json', JSON.stringify({
      id: 'acme',
      algorithm: 'hmac-sha512',
      key: { format: 'utf8' },
      content: '{timestamp}|{body}',
      encoding: 'base64url',
      signature: { header: ['X-Acme-Sig'], format: { kind: 'prefixed', prefix: 'v2=' } },
      timestamp: { source: { header: ['X-Acme-Time'] }, unit: 's', toleranceSeconds: 60 },
    }));
    const scheme = schemeFromArg(path);
    expect(scheme).toMatchObject({ id: 'acme', origin: 'custom' });
    const headers = sign(scheme, { body: 'hi', secret: 'k', timestamp: 100 });
    expect(headers['X-Acme-Sig']).toMatch(/^v2=[A-Za-z0-9_-]{86}$/);
    expect(verify(scheme, { headers, body: 'hi', secrets: ['k'], now: 100_000 }).ok).toBe(true);
  });

  it('lists every problem of an invalid scheme', () => {
    const path = file('bad.json', JSON.stringify({ id: 'x', algorithm: 'md5', encoding: 'hex', signature: { header: [] } }));
    expect(() => schemeFromArg(path)).toThrow(SchemeFileError);
    expect(() => schemeFromArg(path)).toThrow(/algorithm: one of[\s\S]*key.format[\s\S]*signature.header/);
  });

  it('reports unreadable and non-JSON files', () => {
    expect(() => schemeFromArg(join(dir, 'missing.json'))).toThrow(/cannot read scheme file .*ENOENT/);
    expect(() => schemeFromArg(file('broken.json', '{nope'))).toThrow(/not valid JSON/);
  });
});
