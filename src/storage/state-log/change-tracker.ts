/** One change to the state document: the value now at `path`, or its removal. */
export type StateChange = { path: string[]; value: unknown } | { path: string[]; deleted: true };

/**
 * The depth at which a change is recorded whole: `profiles.<id>.<collection>.<key>` (an endpoint,
 * a key, a rate window). A change deeper inside rewrites that entry, never the collection.
 */
const ENTRY_DEPTH = 4;

/**
 * Where a proxied container sits: its path while shallower than an entry, or the entry it belongs
 * to. `id` is the path joined, kept so that lookups compare one string.
 */
type Place = { path: string[]; id: string } | { collection: string[]; collectionId: string; entry: object };

const pathPlace = (path: string[]): Place => ({ path, id: path.join('\0') });

/**
 * Wraps the state document so that every write through it is noted, and `take()` yields only the
 * entries that changed: a group write then costs what the requests changed, not what is stored.
 * Entries are found again by identity at `take()`, so an entry that moved in its array (a splice)
 * is written at its new index.
 */
export class ChangeTracker<T extends object> {
  readonly data: T;
  private readonly proxies = new WeakMap<object, { proxy: object; place: Place }>();
  private readonly raws = new WeakMap<object, object>();
  private readonly slots = new Map<string, string[]>();
  private readonly entries = new Map<string, { collection: string[]; items: Set<object> }>();

  constructor(readonly raw: T) {
    this.data = this.wrap(raw, pathPlace([])) as T;
  }

  get dirty(): boolean {
    return this.slots.size > 0 || this.entries.size > 0;
  }

  /** The changes since the last `take()`, each with the value it has now. */
  take(): StateChange[] {
    const paths = [...this.slots.values()];
    for (const { collection, items } of this.entries.values()) paths.push(...this.locate(collection, items));
    this.slots.clear();
    this.entries.clear();
    paths.sort((a, b) => a.length - b.length);
    const kept = new Set<string>();
    const changes: StateChange[] = [];
    for (const path of paths) {
      const key = path.join('\0');
      if (kept.has(key) || path.some((_, i) => i > 0 && kept.has(path.slice(0, i).join('\0')))) continue;
      kept.add(key);
      changes.push(this.current(path));
    }
    return changes;
  }

  /** Marks paths as changed again (their write failed), so the next `take()` writes them. */
  restore(changes: readonly StateChange[]): void {
    for (const { path } of changes) this.slots.set(path.join('\0'), path);
  }

  private current(path: string[]): StateChange {
    let node: unknown = this.raw;
    for (const key of path.slice(0, -1)) {
      node = isContainer(node) && Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined;
    }
    const last = path.at(-1)!;
    const value = isContainer(node) && Object.hasOwn(node, last) ? (node as Record<string, unknown>)[last] : undefined;
    // As in JSON, a key holding undefined is no key.
    return value === undefined ? { path, deleted: true } : { path, value };
  }

  /** Where the changed entries sit in their collection now; entries no longer in it are gone already. */
  private locate(collection: string[], items: Set<object>): string[][] {
    let node: unknown = this.raw;
    for (const key of collection) node = isContainer(node) ? (node as Record<string, unknown>)[key] : undefined;
    const found: string[][] = [];
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) if (items.has(node[i] as object)) found.push([...collection, String(i)]);
    } else if (isContainer(node)) {
      for (const key in node) {
        if (Object.hasOwn(node, key) && items.has((node as Record<string, object>)[key]!)) found.push([...collection, key]);
      }
    }
    return found;
  }

  private mark(place: Place, key: string): void {
    if ('path' in place) {
      const path = [...place.path, key];
      this.slots.set(`${place.id}\0${key}`, path);
      return;
    }
    let group = this.entries.get(place.collectionId);
    if (!group) {
      group = { collection: place.collection, items: new Set() };
      this.entries.set(place.collectionId, group);
    }
    group.items.add(place.entry);
  }

  /** The place of `child`, found at `key` in a container at `parent`. */
  private childPlace(parent: Place, key: string, child: object): Place {
    if (!('path' in parent)) return parent;
    if (parent.path.length + 1 < ENTRY_DEPTH) return pathPlace([...parent.path, key]);
    return { collection: parent.path, collectionId: parent.id, entry: child };
  }

  /** Whether a proxy made for `known` serves `child` at `key` under `parent` (checked without allocating). */
  private fits(known: Place, parent: Place, key: string, child: object): boolean {
    if (!('path' in parent)) return known === parent;
    if (parent.path.length + 1 < ENTRY_DEPTH)
      return 'path' in known && known.id.length === parent.id.length + key.length + 1 && known.id === `${parent.id}\0${key}`;
    return !('path' in known) && known.entry === child && known.collectionId === parent.id;
  }

  private wrap(target: object, place: Place): object {
    const proxy = new Proxy(target, {
      get: (t, key) => {
        const value = Reflect.get(t, key);
        if (typeof key === 'symbol' || typeof value !== 'object' || value === null) return value;
        // Values in the document are plain (writes unwrap them), so `value` is never a proxy here.
        const known = this.proxies.get(value);
        if (known && this.fits(known.place, place, key, value)) return known.proxy;
        return this.wrap(value, this.childPlace(place, key, value));
      },
      set: (t, key, value) => {
        const ok = Reflect.set(t, key, this.unwrap(value));
        if (typeof key === 'string') this.mark(place, key);
        return ok;
      },
      defineProperty: (t, key, descriptor) => {
        const plain = 'value' in descriptor ? { ...descriptor, value: this.unwrap(descriptor.value) } : descriptor;
        const ok = Reflect.defineProperty(t, key, plain);
        if (typeof key === 'string') this.mark(place, key);
        return ok;
      },
      deleteProperty: (t, key) => {
        const ok = Reflect.deleteProperty(t, key);
        if (typeof key === 'string') this.mark(place, key);
        return ok;
      },
    });
    this.proxies.set(target, { proxy, place });
    this.raws.set(proxy, target);
    return proxy;
  }

  /**
   * The document holds plain values only, never a proxy of itself: a value built from proxied
   * parts (`{ ...entry, url }`) is unwrapped through, in place.
   */
  private unwrap(value: unknown): unknown {
    if (typeof value !== 'object' || value === null) return value;
    const raw = this.raws.get(value);
    if (raw) return raw;
    for (const key of Object.keys(value)) {
      const child = (value as Record<string, unknown>)[key];
      if (typeof child !== 'object' || child === null) continue;
      const plain = this.unwrap(child);
      if (plain !== child) (value as Record<string, unknown>)[key] = plain;
    }
    return value;
  }
}

function isContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}
