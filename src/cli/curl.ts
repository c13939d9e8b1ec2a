/** Single-quotes for a POSIX shell: `'` becomes `'\''`. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * A complete curl command sending exactly these bytes. Text bodies go inline with --data-binary;
 * bytes that are not UTF-8 (or hold NUL) go through printf octal escapes.
 */
export function curlCommand(method: string, url: string, headers: Record<string, string>, body: Uint8Array): string {
  const parts = ['curl', '-X', method, shellQuote(url)];
  for (const [name, value] of Object.entries(headers)) parts.push('-H', shellQuote(`${name}: ${value}`));
  const text = Buffer.from(body).toString('utf8');
  const exact = Buffer.from(text, 'utf8').equals(Buffer.from(body)) && !text.includes('\0') && !text.startsWith('@');
  if (exact) return [...parts, '--data-binary', shellQuote(text)].join(' ');
  const octal = [...body].map((b) => `\\${b.toString(8).padStart(3, '0')}`).join('');
  return `printf ${shellQuote(octal)} | ${[...parts, '--data-binary', '@-'].join(' ')}`;
}
