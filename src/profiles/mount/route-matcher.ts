import type { HttpMethod, RouteDef } from '../types.js';

export interface CompiledRoute<State> {
  route: RouteDef<State>;
  pattern: RegExp;
  names: string[];
}

export function compileRoutes<State>(routes: readonly RouteDef<State>[]): CompiledRoute<State>[] {
  return routes.map((route) => {
    const names: string[] = [];
    const source = route.path
      .split('/')
      .map((part) => {
        if (part.startsWith(':')) {
          names.push(part.slice(1));
          return '([^/]+)';
        }
        return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('/');
    return { route, pattern: new RegExp(`^${source}/?$`), names };
  });
}

export type RouteMatch<State> =
  | { kind: 'found'; route: RouteDef<State>; params: Record<string, string> }
  | { kind: 'method-not-allowed'; allow: HttpMethod[] }
  | { kind: 'not-found' };

export function matchRoute<State>(routes: readonly CompiledRoute<State>[], method: string, path: string): RouteMatch<State> {
  const allow: HttpMethod[] = [];
  for (const { route, pattern, names } of routes) {
    const m = pattern.exec(path);
    if (!m) continue;
    if (route.method !== method) {
      allow.push(route.method);
      continue;
    }
    const params: Record<string, string> = {};
    names.forEach((name, i) => {
      try {
        params[name] = decodeURIComponent(m[i + 1]!);
      } catch {
        params[name] = m[i + 1]!;
      }
    });
    return { kind: 'found', route, params };
  }
  return allow.length > 0 ? { kind: 'method-not-allowed', allow: [...new Set(allow)] } : { kind: 'not-found' };
}
