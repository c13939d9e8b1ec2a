/** RFC 9110 token characters: what a header name may be made of. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

export function isHttpToken(name: string): boolean {
  return TOKEN.test(name);
}

/** Why a header value cannot go on the wire as is, or null: no CR, LF or NUL, Latin-1 only. */
export function headerValueProblem(value: string): string | null {
  for (let i = 0; i < value.length; i++) {
    const ch = value.charCodeAt(i);
    if (ch === 0x0d || ch === 0x0a) return 'contains CR or LF';
    if (ch === 0) return 'contains NUL';
    if (ch > 0xff) return 'contains characters outside Latin-1';
  }
  return null;
}
