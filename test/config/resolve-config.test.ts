import { describe, expect, it } from 'vitest';
import { ConfigError, parseDevFlags, parseSize, resolveConfig } from '../../src/config/index.js';

const files = (content: Record<string, string>) => (path: string) => {
  const hit = Object.entries(content).find(([name]) => path.endsWith(name));
  if (!hit) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
  return hit[1];
};

describe('resolveConfig', () => {
  it('has the design defaults', () => {
    const c = resolveConfig({ flags: {}, env: {}, cwd: '/work/app', readFile: files({}) });
    expect(c).toMatchObject({
      host: '127.0.0.1',
      port: 4400,
      env: 'sandbox',
      dataDir: '/work/app/.hookyard',
      maxBody: 1048576,
      maxCaptures: 1000,
      deliveryTimeoutMs: 15000,
      open: true,
      banner: true,
    });
    expect(c.sources.port).toBe('default');
  });

  it('layers defaults < config file < env < flags', () => {
    const readFile = files({
      'hookyard.config.json': JSON.stringify({ port: 5000, host: '127.0.0.2', env: 'production', maxCaptures: 50 }),
    });
    const c = resolveConfig({
      flags: parseDevFlags(['--port', '7000']),
      env: { HOOKYARD_PORT: '6000', HOOKYARD_HOST: 'localhost' },
      cwd: '/w',
      readFile,
    });
    expect(c).toMatchObject({ port: 7000, host: 'localhost', env: 'production', maxCaptures: 50 });
    expect(c.sources).toMatchObject({ port: 'flag', host: 'env', env: 'file', maxCaptures: 'file', maxBody: 'default' });
  });

  it('turns off open and the banner in test mode, and open under CI', () => {
    expect(resolveConfig({ flags: {}, env: {}, cwd: '/w', testMode: true, readFile: files({}) })).toMatchObject({
      open: false,
      banner: false,
    });
    expect(resolveConfig({ flags: {}, env: { CI: 'true' }, cwd: '/w', readFile: files({}) }).open).toBe(false);
    expect(resolveConfig({ flags: parseDevFlags(['--no-open']), env: {}, cwd: '/w', readFile: files({}) }).open).toBe(false);
  });

  it('reports every bad value with its source and what would be right', () => {
    const readFile = files({ 'hookyard.config.json': JSON.stringify({ maxCaptures: 0 }) });
    try {
      resolveConfig({
        flags: parseDevFlags(['--port', 'abc', '--env', 'staging', '--max-body', 'huge']),
        env: { HOOKYARD_TIME_SCALE: '0' },
        cwd: '/w',
        readFile,
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const { problems } = error as ConfigError;
      expect(problems).toEqual(
        expect.arrayContaining([
          'flag --port must be an integer from 0 to 65535, got "abc"',
          'flag --env must be "sandbox" or "production", got "staging"',
          expect.stringMatching(/^flag --max-body must be a size such as 1mb/),
          expect.stringMatching(/^env HOOKYARD_TIME_SCALE must be a number from 1/),
          expect.stringMatching(/hookyard.config.json key "maxCaptures" must be an integer from 1/),
        ]),
      );
    }
  });

  it('explains a broken config file and unknown keys', () => {
    expect(() => resolveConfig({ flags: {}, env: {}, cwd: '/w', readFile: files({ 'hookyard.config.json': '{"port": 1,' }) })).toThrow(
      /hookyard.config.json is not valid JSON/,
    );
    expect(() => resolveConfig({ flags: {}, env: {}, cwd: '/w', readFile: files({ 'hookyard.config.json': '{"prot": 1}' }) })).toThrow(
      /unknown key "prot" \(did you mean "port"\?\); valid keys are .*port/,
    );
    expect(() => resolveConfig({ flags: parseDevFlags(['--config', 'team.json']), env: {}, cwd: '/w', readFile: files({}) })).toThrow(
      /cannot read the config file \/w\/team.json/,
    );
  });

  it('reads lists from repeated flags and comma-separated env', () => {
    expect(
      resolveConfig({
        flags: parseDevFlags(['--allowed-host', 'a.test', '--allowed-host', 'b.test']),
        env: {},
        cwd: '/w',
        readFile: files({}),
      }).allowedHosts,
    ).toEqual(['a.test', 'b.test']);
    expect(
      resolveConfig({ flags: {}, env: { HOOKYARD_ALLOW_DESTINATIONS: '10.0.0.0/8, api.test' }, cwd: '/w', readFile: files({}) })
        .allowDestinations,
    ).toEqual(['10.0.0.0/8', 'api.test']);
  });
});

describe('parseSize', () => {
  it('reads bytes, kb and mb', () => {
    expect(parseSize('1mb')).toBe(1048576);
    expect(parseSize('512kb')).toBe(524288);
    expect(parseSize('2048')).toBe(2048);
    expect(parseSize('lots')).toBeNull();
  });
});
