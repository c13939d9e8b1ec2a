import type { CaseResult, ContractCase } from './types.js';
import type { SendOutcome } from './send-request.js';

/** One sentence: what the failure means and how to fix it. */
export function explainFailure(testCase: ContractCase, outcomes: SendOutcome[], accepted: ReadonlySet<string>, schemeName: string): string {
  const outcome = outcomes.find((o) => o.kind === 'error' || !(o.status >= 200 && o.status < 300)) ?? outcomes[0]!;
  if (outcome.kind === 'error') {
    return outcome.error === 'timeout'
      ? "your handler did not answer within the provider's timeout: acknowledge with a 2xx first and do slow work afterwards."
      : `the handler could not be reached (${outcome.message}): is it running at that URL?`;
  }
  const status = outcome.status;
  if (testCase.kind === 'genuine' || testCase.kind === 'redelivery') {
    if (status >= 500)
      return `your handler answered ${status} to a genuine event: it crashed or threw; the provider will retry this event and eventually disable the endpoint.`;
    if (status >= 300 && status < 400)
      return `your handler answered ${status} (a redirect): providers do not follow redirects, so this counts as a failed delivery; point the endpoint at the final URL.`;
    if (testCase.kind === 'redelivery' && outcome === outcomes[0]) {
      return (
        `your handler rejected a genuine event with a new event id (${status}) though it accepted the genuine case: ` +
        "does it accept only the fixture's own id?"
      );
    }
    if (testCase.kind === 'redelivery')
      return `your handler rejected a second delivery of the same event id (${status}): providers redeliver, so treat a repeat as already processed and answer 2xx.`;
    if (testCase.variant === 'genuine')
      return `your handler rejected a correctly signed event (${status}): check that it verifies with the same secret, the ${schemeName} scheme, and the raw request bytes.`;
    if (testCase.variant.startsWith('genuine, form ')) {
      return (
        `your handler rejected a genuine ${testCase.variant.replace('genuine, ', '')} (${status}), while it accepts the provider's own encoding: ` +
        'it verifies a form re-encoded from parsed fields (express.urlencoded() or similar ran first) — verify the raw request bytes.'
      );
    }
    return `your handler rejected a genuine event whose JSON was ${testCase.variant.replace('genuine, ', '')} (${status}), while it accepts the plain layout: it verifies a re-serialized body (JSON middleware such as express.json() or req.json() ran first) — verify the raw request bytes.`;
  }
  // A forgery was accepted.
  if (testCase.variant === 'missing signature header' && !accepted.has('tampered body')) {
    return (
      'your handler accepted a request with no signature header while it rejects bad signatures: ' +
      'it skips the check when the header is missing — reject a request without one.'
    );
  }
  if (accepted.has('missing signature header') && accepted.has('tampered body'))
    return `your handler accepted a request with no signature at all (${testCase.variant} accepted too): it does not verify signatures — verify every request before acting on it.`;
  switch (testCase.variant) {
    case 'tampered body':
      return 'your handler accepted a body that was changed after signing: it does not check the signature against the body it received.';
    case 'wrong secret':
    case 'rotated-away secret':
      return `your handler accepted a signature made with ${testCase.variant === 'wrong secret' ? 'a secret it does not hold' : 'the secret the provider rotated away'}: compare against the expected signature computed with your current secret, in constant time.`;
    case 'malformed signature header':
      return 'your handler accepted a malformed signature header: reject what you cannot parse.';
    case 'unknown signature version only':
      return "your handler accepted a signature of a version it should ignore: only count the scheme's current version (no downgrade).";
    case 'stale timestamp':
    case 'future timestamp':
      return `your handler accepted a ${testCase.variant}: it skips the timestamp check, so a captured request can be replayed — reject timestamps outside the tolerance.`;
    default:
      return `your handler accepted a forged request (${testCase.variant}).`;
  }
}

export function describeOutcomes(outcomes: SendOutcome[]): string {
  return outcomes.map((o) => (o.kind === 'status' ? String(o.status) : o.error)).join(', ');
}

export function meets(expect: CaseResult['expected'], outcome: SendOutcome): boolean {
  if (outcome.kind === 'error') return false;
  if (expect === '2xx') return outcome.status >= 200 && outcome.status < 300;
  return outcome.status >= 400 && outcome.status < 500;
}
