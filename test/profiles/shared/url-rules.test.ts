import { describe, expect, it } from 'vitest';
import { checkDestinationUrl, isPrivateHost, parseHttpUrl } from '../../../src/profiles/shared/url-rules.js';

const host = (u: string) => new URL(u).hostname;

describe('isPrivateHost', () => {
  it.each([
    'http://localhost/',
    'http://LOCALHOST./',
    'http://app.localhost/',
    'http://127.0.0.1/',
    'http://127.1/',
    'http://0x7f000001/',
    'http://10.1.2.3/',
    'http://172.16.0.1/',
    'http://172.31.255.255/',
    'http://192.168.1.1/',
    'http://169.254.169.254/',
    'http://0.0.0.0/',
    'http://100.64.0.1/',
    'http://[::1]/',
    'http://[::]/',
    'http://[fc00::1]/',
    'http://[fd12:3456::1]/',
    'http://[fe80::1]/',
    'http://[febf::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://[::ffff:10.0.0.1]/',
  ])('treats %s as private', (u) => {
    expect(isPrivateHost(host(u))).toBe(true);
  });

  it.each([
    'https://example.com/',
    'https://8.8.8.8/',
    'https://172.32.0.1/',
    'https://172.15.0.1/',
    'https://100.128.0.1/',
    'https://[2001:db8::1]/',
    'https://[fec0::1]/',
    'https://[::ffff:8.8.8.8]/',
    'https://localhost.example.com/',
    'https://192.169.0.1/',
  ])('treats %s as public', (u) => {
    expect(isPrivateHost(host(u))).toBe(false);
  });
});

describe('parseHttpUrl', () => {
  it('accepts http and https only', () => {
    expect(parseHttpUrl('https://a.example/x')?.pathname).toBe('/x');
    expect(parseHttpUrl('http://a.example')).not.toBeNull();
    expect(parseHttpUrl('ftp://a.example')).toBeNull();
    expect(parseHttpUrl('mailto:a@b.c')).toBeNull();
    expect(parseHttpUrl('nope')).toBeNull();
  });
});

describe('checkDestinationUrl', () => {
  const strict = { httpsInProduction: true, publicHostInProduction: true, maxLength: 30 } as const;

  it('relaxes scheme and host in sandbox only', () => {
    expect(checkDestinationUrl('http://127.0.0.1:3000/h', { ...strict, env: 'sandbox' }).ok).toBe(true);
    const http = checkDestinationUrl('http://example.com/h', { ...strict, env: 'production' });
    expect(http).toMatchObject({ ok: false, problem: 'https_required' });
    const local = checkDestinationUrl('https://127.0.0.1/h', { ...strict, env: 'production' });
    expect(local).toMatchObject({ ok: false, problem: 'private_host' });
    expect(checkDestinationUrl('https://example.com/h', { ...strict, env: 'production' }).ok).toBe(true);
  });

  it('names the problem', () => {
    const env = 'sandbox' as const;
    expect(checkDestinationUrl(undefined, { ...strict, env })).toMatchObject({ problem: 'missing' });
    expect(checkDestinationUrl(5, { ...strict, env })).toMatchObject({ problem: 'invalid', message: expect.stringContaining('a number') });
    expect(checkDestinationUrl(`https://example.com/${'x'.repeat(20)}`, { ...strict, env })).toMatchObject({ problem: 'too_long' });
    expect(checkDestinationUrl('ws://example.com/', { ...strict, env })).toMatchObject({ problem: 'scheme' });
    expect(checkDestinationUrl('example.com/h', { ...strict, env })).toMatchObject({ problem: 'invalid' });
  });
});
