import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBinary } from '../support/run-binary.js';

describe('hookyard dev with a broken hookyard.config.json', () => {
  it('lists every problem, a bad channel scheme among them, with key paths and exit 2, no stack trace', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'hookyard-config-'));
    writeFileSync(
      join(cwd, 'hookyard.config.json'),
      JSON.stringify({
        maxCaptures: 0,
        channels: {
          payments: { scheme: 'strpe', secrets: ['whsec_x'] },
          files: { scheme: 'schemes/acme.json' },
          slow: { response: { delayMs: -1 } },
        },
      }),
    );
    const r = await runBinary(['--memory', '--port', '0', '--env', 'prod'], { cwd, env: { HOOKYARD_TEST_MODE: '1' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the configuration has 5 problems/);
    expect(r.stderr).toMatch(/key "maxCaptures" must be an integer/);
    expect(r.stderr).toMatch(/key "channels.payments.scheme" is "strpe", which is not a known scheme; did you mean "stripe"\?/);
    expect(r.stderr).toMatch(/key "channels.files.scheme" must be a preset id or an inline scheme object, not a file path/);
    expect(r.stderr).toMatch(/key "channels.slow.response.delayMs" must be whole milliseconds/);
    expect(r.stderr).toMatch(/flag --env must be "sandbox" or "production", got "prod"/);
    expect(r.stderr).not.toMatch(/unexpected error|ChannelError|\n\s+at /);
    expect(r.stdout).toBe('');
  });

  it('reports a fixed endpoint the provider refuses by its key path, exit 2, without the flag list', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'hookyard-config-'));
    writeFileSync(
      join(cwd, 'hookyard.config.json'),
      JSON.stringify({ profiles: { pipai: { endpoints: [{ url: 'ftp://x', events: ['*'] }] } } }),
    );
    const r = await runBinary(['--memory', '--port', '0'], { cwd, env: { HOOKYARD_TEST_MODE: '1' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/profiles.pipai.endpoints\[0\]: PipAI refused it \(400\)/);
    expect(r.stderr).not.toMatch(/Usage:|unexpected error/);
  });
});
