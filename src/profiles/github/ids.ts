/**
 * GitHub's ids: hook ids count up from 1 like GitHub's; the other integer ids are derived so they
 * need no stored counter where GitHub keeps none of ours.
 */
import { createHash } from 'node:crypto';
import { randomEncoded, sequentialId, uuidV4, type RandomBytes } from '../kit/index.js';
import type { GithubTarget } from './state.js';

export const newHookId = sequentialId('nextHookId');

/** An event's GUID, sent as `X-GitHub-Delivery`. */
export const newEventId = uuidV4;

/** A commit or tree SHA-1: 40 hex characters. */
export const newSha = randomEncoded('', 20, 'hex');

/** A stable positive integer (< 2^31) for a name, like a repository or organization id. */
export function stableId(name: string): number {
  return createHash('sha256').update(name).digest().readUInt32BE(0) & 0x7fffffff;
}

export function targetId(target: GithubTarget): number {
  return target.kind === 'repos'
    ? stableId(`repo:${target.owner}/${target.repo}`.toLowerCase())
    : stableId(`org:${target.org}`.toLowerCase());
}

/** A delivery's integer id from hookyard's attempt id (`att_` + 12 base64url characters = 72 random bits). */
export function deliveryNumber(attemptId: string): number {
  const bytes = Buffer.from(attemptId.replace(/^att_/, ''), 'base64url');
  return bytes.length >= 6 ? bytes.readUIntBE(0, 6) : stableId(attemptId);
}

const requestIdHex = randomEncoded('', 10, 'hex');

/** `X-GitHub-Request-Id`: 20 uppercase hex grouped 4:4:6:6. */
export function newRequestId(randomBytes: RandomBytes): string {
  const id = requestIdHex(randomBytes).toUpperCase();
  return `${id.slice(0, 4)}:${id.slice(4, 8)}:${id.slice(8, 14)}:${id.slice(14)}`;
}
