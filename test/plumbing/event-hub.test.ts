import { describe, expect, it } from 'vitest';
import { EventHub } from '../../src/plumbing/event-hub.js';

describe('EventHub', () => {
  it('keeps the newest events, newest first, once the ring wraps', () => {
    const hub = new EventHub(3);
    for (let i = 1; i <= 5; i++) hub.publish({ type: 'api.call', at: String(i), summary: `e${i}` });
    expect(hub.history(10).map((e) => e.summary)).toEqual(['e5', 'e4', 'e3']);
    expect(hub.history(2).map((e) => e.summary)).toEqual(['e5', 'e4']);
  });

  it('delivers to subscribers and survives a throwing one', () => {
    const hub = new EventHub();
    const got: string[] = [];
    hub.subscribe(() => {
      throw new Error('boom');
    });
    const off = hub.subscribe((e) => got.push(e.summary));
    hub.publish({ type: 'capture', at: 'x', summary: 'one' });
    off();
    hub.publish({ type: 'capture', at: 'x', summary: 'two' });
    expect(got).toEqual(['one']);
  });
});
