import { sign, verify } from '../../src/index.js';
import { knownSchemes } from '../../src/profiles/schemes.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemeFromArg, SchemeFileError, validateScheme } from '../../src/signing/index.js';

const dir = mkdtempSync(join(tmpdir(), 'hookyard-scheme-'));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('scheme files', () => {
  it('loads a custom scheme and signs and verifies with it', () => {
    const path = file(
      'acme.json',
      JSON.stringify({
        id: 'acme',
        algorithm: 'hmac-sha512',
        key: { format: 'utf8' },
        content: '{timestamp}|{body}',
        encoding: 'base64url',
        signature: { header: ['X-Acme-Sig'], format: { kind: 'prefixed', prefix: 'v2=' } },
        timestamp: { source: { header: ['X-Acme-Time'] }, unit: 's', toleranceSeconds: 60 },
      }),
    );
    const scheme = schemeFromArg(path, knownSchemes);
    expect(scheme).toMatchObject({ id: 'acme', origin: 'custom' });
    const headers = sign(scheme, { body: 'hi', secret: 'k', timestamp: 100 });
    expect(headers['X-Acme-Sig']).toMatch(/^v2=[A-Za-z0-9_-]{86}$/);
    expect(verify(scheme, { headers, body: 'hi', secrets: ['k'], now: 100_000 }).ok).toBe(true);
  });

  it('lists every problem of an invalid scheme', () => {
    const path = file('bad.json', JSON.stringify({ id: 'x', algorithm: 'md5', encoding: 'hex', signature: { header: [] } }));
    expect(() => schemeFromArg(path, knownSchemes)).toThrow(SchemeFileError);
    expect(() => schemeFromArg(path, knownSchemes)).toThrow(/algorithm: one of[\s\S]*key.format[\s\S]*signature.header/);
  });

  it('reports unreadable and non-JSON files', () => {
    expect(() => schemeFromArg(join(dir, 'missing.json'), knownSchemes)).toThrow(/cannot read scheme file .*ENOENT/);
    expect(() => schemeFromArg(file('broken.json', '{nope'), knownSchemes)).toThrow(/not valid JSON/);
  });
});

describe('scheme files with provider request data', () => {
  const base = {
    id: 'acme',
    algorithm: 'hmac-sha256',
    key: { format: 'utf8' },
    content: '{body}',
    encoding: 'hex',
    signature: { header: ['X-Acme-Signature'], format: { kind: 'plain' } },
  };

  it('accepts request and verifier data and sends its headers', async () => {
    const { providerRequest } = await import('../../src/signing/provider-request.js');
    const scheme = validateScheme({
      ...base,
      request: { contentType: 'application/json', headers: { 'X-Acme-Event': '{event}' } },
      verifier: { name: 'acme-sdk', staleTimestamps: 'not-checked', futureTimestamps: 'not-checked' },
    });
    const request = providerRequest(scheme, { body: '{}', secret: 'k', now: 0, url: 'http://h/', event: 'order.paid' });
    expect(request.headers).toMatchObject({ 'content-type': 'application/json', 'X-Acme-Event': 'order.paid' });
  });

  it('names every bad request field, and never takes a path for the samples folder', () => {
    const bad = {
      ...base,
      request: { contentType: 5, headers: { 'X-A': 7 }, idFormat: 'guid', samples: '../../etc' },
      verifier: { name: '', staleTimestamps: 'maybe' },
      keyVariants: [{ prefixes: [] }],
    };
    expect(() => validateScheme(bad)).toThrow(
      /request.contentType[\s\S]*request.headers[\s\S]*request.idFormat[\s\S]*request.samples[\s\S]*verifier.name[\s\S]*verifier.staleTimestamps[\s\S]*keyVariants/,
    );
  });

  it('finds no samples for an id that is not a plain folder name', async () => {
    const { sampleEvents } = await import('../../src/contract/sample-events.js');
    const scheme = validateScheme({ ...base, id: '../events/signa', origin: 'profile' });
    expect(sampleEvents(scheme, 0)).toEqual([]);
  });
});
