import twilio from 'twilio';

/**
 * twilio (the helper-library webhooks functions).
 * Quirks: params are an object (repeated names as arrays; a repeated *identical* value is
 * de-duplicated by the helper); `validateRequest` also tries the URL with and without the
 * default port and a legacy re-encoded query; JSON bodies use `validateRequestWithBody` with the
 * URL carrying `bodySHA256` (the body is a string, hashed as UTF-8).
 */
export const twilioOracle = {
  library: 'twilio',
  formParams(body: string): Record<string, string | string[]> {
    const params: Record<string, string | string[]> = {};
    for (const [name, value] of new URLSearchParams(body)) {
      const prev = params[name];
      params[name] = prev === undefined ? value : ([] as string[]).concat(prev, value);
    }
    return params;
  },
  signForm(token: string, url: string, body: string): string {
    return twilio.getExpectedTwilioSignature(token, url, twilioOracle.formParams(body));
  },
  verifyForm(token: string, signature: string, url: string, body: string): boolean {
    return twilio.validateRequest(token, signature, url, twilioOracle.formParams(body));
  },
  /** The URL a JSON request is sent to (bodySHA256 appended) and its signature. */
  signJson(token: string, url: string, body: string): { url: string; signature: string } {
    const signedUrl = `${url}${url.includes('?') ? '&' : '?'}bodySHA256=${twilio.getExpectedBodyHash(body)}`;
    return { url: signedUrl, signature: twilio.getExpectedTwilioSignature(token, signedUrl, {}) };
  },
  verifyJson(token: string, signature: string, url: string, body: string): boolean {
    return twilio.validateRequestWithBody(token, signature, url, body);
  },
};
