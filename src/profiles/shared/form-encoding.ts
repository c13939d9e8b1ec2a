/**
 * `application/x-www-form-urlencoded` with bracket notation, as Stripe takes it:
 * `enabled_events[]=a`, `enabled_events[0]=a`, `metadata[k]=v`, `a[b][c]=v`. Values stay strings.
 */
export type FormValue = string | FormValue[] | { [key: string]: FormValue };

export type FormDecode = { ok: true; value: Record<string, FormValue> } | { ok: false; message: string };

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** Splits `a[b][]` into `['a', 'b', '']`; a name with unbalanced brackets stays whole. */
function segments(name: string): string[] {
  const open = name.indexOf('[');
  if (open <= 0 || !name.endsWith(']')) return [name];
  const rest = name.slice(open);
  if (!/^(\[[^[\]]*\])+$/.test(rest)) return [name];
  return [name.slice(0, open), ...rest.slice(1, -1).split('][')];
}

export function decodeForm(text: string): FormDecode {
  const root: Record<string, FormValue> = {};
  for (const [name, value] of new URLSearchParams(text)) {
    const path = segments(name);
    if (path.some((p) => FORBIDDEN.has(p))) return { ok: false, message: `Invalid parameter name: ${name}.` };
    let container: Record<string, FormValue> | FormValue[] = root;
    for (let i = 0; i < path.length; i++) {
      const part = path[i]!;
      const last = i === path.length - 1;
      const nextIsIndex = !last && (path[i + 1] === '' || /^\d+$/.test(path[i + 1]!));
      if (Array.isArray(container)) {
        if (part !== '' && !/^\d+$/.test(part)) return { ok: false, message: `Invalid array: ${name} mixes a list with named keys.` };
        const index: number = part === '' ? container.length : Number(part);
        if (index > container.length) return { ok: false, message: `Invalid array: ${name} skips an index; send indices in order from 0.` };
        if (last) {
          container[index] = value;
          break;
        }
        const existing: FormValue | undefined = container[index];
        const child: FormValue = existing ?? (nextIsIndex ? [] : {});
        if (typeof child === 'string') return { ok: false, message: `Invalid parameter: ${name} conflicts with an earlier value.` };
        container[index] = child;
        container = child;
        continue;
      }
      if (part === '') return { ok: false, message: `Invalid parameter name: ${name}.` };
      if (last) {
        if (typeof container[part] === 'object') return { ok: false, message: `Invalid parameter: ${name} conflicts with ${name}[…].` };
        container[part] = value;
        break;
      }
      const existing: FormValue | undefined = container[part];
      const child = existing ?? (nextIsIndex ? [] : {});
      if (typeof child === 'string') {
        // `metadata=` (empty) followed by `metadata[k]=v`: the later, structured value wins.
        if (child !== '') return { ok: false, message: `Invalid parameter: ${name} conflicts with ${path[0]}=${child}.` };
        container[part] = nextIsIndex ? [] : {};
      } else container[part] = child;
      container = container[part] as Record<string, FormValue> | FormValue[];
    }
  }
  return { ok: true, value: root };
}
