/**
 * The same JSON written in other byte layouts. A genuine delivery in any of these must be
 * accepted; a handler that parses and re-serializes the body before verifying breaks on them.
 */
export interface BodyLayout {
  variant: string;
  body: Uint8Array;
}

const encoder = new TextEncoder();

function escapeUnicode(json: string): string {
  return json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).replace(/\//g, '\\/');
}

/** `42` → `42.0` where a number stands alone as a value: equal to JSON.parse, different bytes. */
function decimalNumbers(json: string): string {
  return json.replace(/([:[,]\s*)(-?\d+)(?=\s*[,}\]])/g, '$1$2.0');
}

export function bodyLayouts(body: Uint8Array): BodyLayout[] {
  const text = new TextDecoder().decode(body);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return [];
  }
  const out: BodyLayout[] = [];
  const add = (variant: string, layout: string): void => {
    if (layout !== text && !out.some((o) => new TextDecoder().decode(o.body) === layout))
      out.push({ variant, body: encoder.encode(layout) });
  };
  add('genuine, compact JSON', JSON.stringify(value));
  add('genuine, pretty-printed JSON', JSON.stringify(value, null, 2));
  add('genuine, escaped unicode', escapeUnicode(JSON.stringify(value)));
  add('genuine, decimal number format', decimalNumbers(text));
  return out;
}

export function isJson(contentType: string): boolean {
  return /^application\/([a-z.+-]*\+)?json\b/i.test(contentType.trim());
}

export function isForm(contentType: string): boolean {
  return /^application\/x-www-form-urlencoded\b/i.test(contentType.trim());
}

/**
 * The same form fields in other valid encodings (`%20` for `+`, lowercase escapes). A handler
 * that verifies a form re-encoded from parsed fields (`express.urlencoded()` first) breaks on them.
 */
export function formLayouts(body: Uint8Array): BodyLayout[] {
  const text = new TextDecoder().decode(body);
  const out: BodyLayout[] = [];
  const add = (variant: string, layout: string): void => {
    if (layout !== text) out.push({ variant, body: encoder.encode(layout) });
  };
  add('genuine, form with %20 for spaces', text.replace(/\+/g, '%20'));
  add(
    'genuine, form with lowercase escapes',
    text.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()),
  );
  return out;
}
