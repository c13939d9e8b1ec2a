/**
 * Every view, capture, delivery and attempt has a URL (`#/captures/cap_…`, `#/deliveries/dlv_…/2`);
 * Back and Forward move between them because the view is drawn from the hash on every change.
 */
export type ViewId = 'captures' | 'endpoints' | 'deliveries' | 'timeline';
export const VIEW_IDS: ViewId[] = ['captures', 'endpoints', 'deliveries', 'timeline'];

export interface Route {
  view: ViewId;
  /** A capture id, delivery id or profile id. */
  id?: string;
  /** An attempt number within a delivery. */
  sub?: string;
}

export function parseHash(hash: string): Route {
  const parts = hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter(Boolean)
    .map((p) => {
      try {
        return decodeURIComponent(p);
      } catch {
        return p;
      }
    });
  const view = (VIEW_IDS as string[]).includes(parts[0] ?? '') ? (parts[0] as ViewId) : 'captures';
  return { view, ...(parts[1] ? { id: parts[1] } : {}), ...(parts[2] ? { sub: parts[2] } : {}) };
}

export function routeHash(route: Route): string {
  return `#/${[route.view, route.id, route.sub]
    .filter((p): p is string => Boolean(p))
    .map(encodeURIComponent)
    .join('/')}`;
}

type Handler = (route: Route) => void;
let handler: Handler = () => undefined;

export function onRoute(next: Handler): void {
  handler = next;
  window.addEventListener('hashchange', () => handler(parseHash(location.hash)));
}

/** Opens a route: a new history entry, or (keyboard stepping through a list) in place. */
export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const hash = routeHash(route);
  if (hash === location.hash) return;
  if (options.replace) {
    history.replaceState(history.state, '', hash);
    handler(route);
  } else {
    location.hash = hash;
  }
}

export function currentRoute(): Route {
  return parseHash(location.hash);
}
