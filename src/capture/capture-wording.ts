import type { CaptureVerdict } from './capture-types.js';

/**
 * The signing diagnosis speaks to a developer whose handler verified a body. For a capture,
 * hookyard itself read the raw bytes, so a changed body was changed by the sender or a proxy
 * on the way, not by "your handler". These rewrites keep the finding and fix the subject.
 */
const REWRITES: Array<[RegExp, string]> = [
  [/the body you verified is not the bytes that were signed/g, 'the body hookyard received is not the bytes the sender signed'],
  [/ that was stripped before verifying \(a body parser or \.trim\(\)\)/g, ' that was stripped after signing (by the sender or a proxy)'],
  [/ that was stripped before verifying/g, ' that was stripped after signing'],
  [
    /the verified one was parsed and re-serialized \(JSON middleware such as express\.json\(\) or req\.json\(\)\)/g,
    'the one sent was parsed and re-serialized after signing (by the sender or a proxy in between)',
  ],
  [/the verified one/g, 'the received one'],
  [/the verified bytes/g, 'the received bytes'],
  [
    / — verify the raw request bytes, read before any JSON parsing\./g,
    ' — hookyard stores the raw bytes, so the change happened before they arrived: the sender must send exactly the bytes it signed.',
  ],
  [/ — verify exactly the bytes received\./g, ' — the sender must send exactly the bytes it signed.'],
  [/; read the body as bytes, not text\./g, '; the sender must send the bytes it signed.'],
  [/, or your handler read an already-consumed stream\./g, ', or a proxy dropped the body.'],
];

function reword(message: string): string {
  let out = message;
  for (const [pattern, replacement] of REWRITES) out = out.replace(pattern, replacement);
  return out;
}

/** "the 2 secrets of channel gh" / "the 3 endpoint secrets hookyard knows" from the labels tried. */
export function describeSecrets(labels: readonly string[]): string {
  const channel = labels.filter((l) => l.startsWith('channel '));
  const endpoint = labels.filter((l) => !l.startsWith('channel '));
  const parts: string[] = [];
  if (channel.length) {
    const name = /^channel (\S+)/.exec(channel[0]!)?.[1] ?? '';
    parts.push(channel.length === 1 ? `the secret of channel ${name}` : `the ${channel.length} secrets of channel ${name}`);
  }
  if (endpoint.length)
    parts.push(
      endpoint.length === 1
        ? `the endpoint secret hookyard knows (${endpoint[0]})`
        : `the ${endpoint.length} endpoint secrets hookyard knows`,
    );
  return parts.join(' and ') || 'the configured secret';
}

/** A capture's verdict in words that fit a capture; the diagnosis is said once, not twice. */
export function wordForCapture(verdict: CaptureVerdict, labels: readonly string[]): CaptureVerdict {
  if (verdict.ok || !verdict.diagnosis) return verdict;
  const diagnosis = verdict.diagnosis;
  // verify() repeats a found cause in the message; the diagnosis carries it.
  const message = verdict.message.endsWith(`: ${diagnosis.message}`)
    ? verdict.message.slice(0, -diagnosis.message.length - 2)
    : verdict.message;
  if (diagnosis.cause === null && (verdict.code === 'malformed_header' || verdict.code === 'wrong_length')) {
    // No secret can match a signature that is not well formed: do not blame the secret.
    return {
      ...verdict,
      message,
      diagnosis: {
        ...diagnosis,
        message: `the signature header itself is not well formed (${message}), so no secret could match it: the sender wrote it wrongly, or something between the sender and hookyard rewrote it.`,
      },
    };
  }
  if (diagnosis.cause === null) {
    const which = describeSecrets(labels);
    return {
      ...verdict,
      message,
      diagnosis: {
        ...diagnosis,
        message: `No common mistake reproduces the received signature. The sender most likely signed with a different secret than ${which}: compare the secret the sender holds with ${labels.length > 1 ? 'these' : 'that one'}.`,
      },
    };
  }
  return { ...verdict, message, diagnosis: { ...diagnosis, message: reword(diagnosis.message) } };
}
