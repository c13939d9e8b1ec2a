import { sign } from '../../src/index.js';
import { describe, expect, it } from 'vitest';

import { verifyCapture } from '../../src/capture/verify-capture.js';
import { describeSecrets } from '../../src/capture/capture-wording.js';

const body = '{"a":1,"b":"zoë"}';
const request = (headers: Record<string, string>, sent = body) => ({
  headers: Object.entries(headers),
  body: new TextEncoder().encode(sent),
  url: 'http://localhost/in/gh',
  method: 'POST',
  now: Date.now(),
});

describe('capture-wording', () => {
  it('names which secrets were tried: channel secrets and endpoint secrets', () => {
    expect(describeSecrets(['channel gh secret', 'channel gh secret #2'])).toBe('the 2 secrets of channel gh');
    expect(describeSecrets(['channel gh secret', 'Signa endpoint whk_1 (current secret)', 'appkit endpoint ep_2 (current secret)'])).toBe(
      'the secret of channel gh and the 2 endpoint secrets hookyard knows',
    );
    const verdict = verifyCapture(request(sign('github', { body, secret: 'unknown' })), undefined, [
      { label: 'Signa endpoint whk_1 (current secret)', secret: 'a', scheme: 'signa' },
      { label: 'appkit endpoint ep_2 (current secret)', secret: 'b', scheme: 'appkit' },
    ]);
    expect(verdict?.diagnosis?.message).toMatch(/different secret than the 2 endpoint secrets hookyard knows/);
    expect(verdict?.diagnosis?.message).not.toMatch(/configured/);
  });

  it('speaks of the sender or a proxy, not of "your handler", and says the cause once', () => {
    const channel = { name: 'gh', scheme: 'github', secrets: ['s'] };
    const verdict = verifyCapture(request(sign('github', { body: `${body}\n`, secret: 's' })), channel, []);
    expect(verdict?.diagnosis?.cause).toBe('trailing-newline');
    expect(verdict?.diagnosis?.message).toMatch(/^the body hookyard received is not the bytes the sender signed/);
    expect(verdict?.diagnosis?.message).not.toMatch(/verif(y|ied)|your handler|body parser/);
    expect(verdict?.message).toBe('the signature does not match');
  });

  it('does not blame the secret for a signature that is not well formed', () => {
    const channel = { name: 'gh', scheme: 'github', secrets: ['s'] };
    const verdict = verifyCapture(request({ 'x-hub-signature-256': 'sha256=not-hex' }), channel, []);
    expect(verdict?.code).toBe('malformed_header');
    expect(verdict?.diagnosis?.message).toMatch(/not well formed/);
    expect(verdict?.diagnosis?.message).not.toMatch(/different secret/);
  });
});
