import type { ContractCase } from './types.js';
import type { SendOutcome } from './send-request.js';
import { explainFailure } from './explain.js';

function header(testCase: ContractCase, name: string): string | undefined {
  const headers = testCase.requests[0]?.headers ?? {};
  return Object.entries(headers).find(([n]) => n.toLowerCase() === name)?.[1];
}

/**
 * The genuine event itself was rejected: the one finding that matters, with its likeliest cause
 * read from the status (and from a layout that did pass).
 */
export function explainGenuineFailure(testCase: ContractCase, outcomes: SendOutcome[], schemeName: string, layoutPassed: ReadonlySet<string>): string {
  const outcome = outcomes.find((o) => o.kind === 'error' || !(o.status >= 200 && o.status < 300)) ?? outcomes[0]!;
  if (outcome.kind === 'error' || outcome.status >= 500 || (outcome.status >= 300 && outcome.status < 400)) {
    return explainFailure(testCase, outcomes, new Set(), schemeName);
  }
  const status = outcome.status;
  const contentType = header(testCase, 'content-type') ?? 'application/json';
  const form = /x-www-form-urlencoded/i.test(contentType);
  const event = testCase.fixture;
  const signed = `a correctly signed ${event} event`;
  if (layoutPassed.has('genuine, compact JSON')) {
    return `your handler rejected the event as the provider lays it out (${status}) but accepted it re-serialized as compact JSON: `
      + 'it verifies a re-serialized body (JSON middleware such as express.json() ran first) — verify the raw request bytes.';
  }
  if (status === 404) {
    return `your handler answered 404 to ${signed}: the URL path is wrong, or the framework routes by event and nothing handled this one `
      + '(Slack Bolt answers 404 when no listener acknowledges an event) — check the path and add a listener that acknowledges it.';
  }
  if (status === 405) return `your handler answered 405 to ${signed}: the route does not accept POST.`;
  if (status === 415) return `your handler refused the provider's content type "${contentType}" (415): accept the body as the provider sends it.`;
  if (status === 400) {
    const eventHeaders = Object.keys(testCase.requests[0]?.headers ?? {}).filter((n) => /-(event|topic)$/i.test(n));
    const middleware = form ? 'form middleware (express.urlencoded())' : 'JSON middleware (express.json())';
    const also = `the content type (${contentType})${eventHeaders.length ? ` and the ${eventHeaders.join(', ')} header` : ''}`;
    return `your handler answered 400 to ${signed}: it could not use the body or a header it needs — most often ${middleware} `
      + `parsed the body before the signature check, so verify the raw request bytes; also check ${also}.`;
  }
  const formNote = form ? ' (for a form body: the exact bytes, or for Twilio the exact URL the provider posted to)' : '';
  return `your handler rejected a correctly signed event (${status}): check that it verifies with the same secret, `
    + `the ${schemeName} scheme, and the raw request bytes${formNote}.`;
}
