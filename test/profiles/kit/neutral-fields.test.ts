import { describe, expect, it } from 'vitest';
import { neutralEndpoints, readOnly, sameField } from '../../../src/profiles/kit/neutral-fields.js';

interface Hook {
  id: number;
  config: { url: string };
  kinds: string[];
  label: string;
  off: boolean;
}

const defaults = { name: 'web', config: { content_type: 'json' } };
const neutral = neutralEndpoints<{ hooks: Hook[] }, Hook>('demo', (state) => state.hooks, {
  id: (h) => String(h.id),
  url: sameField('config.url'),
  events: sameField('kinds'),
  description: readOnly((h) => h.label),
  active: { read: (h) => !h.off, body: 'off', toBody: (active) => !active, updateOnly: true },
  status: (h) => (h.off ? 'off' : 'on'),
  secretMasked: () => null,
  createdAt: () => '2026-01-01T00:00:00.000Z',
  updatedAt: () => null,
  createDefaults: defaults,
});

describe('kit: neutral fields', () => {
  it('writes mapped fields at their dotted paths over the create defaults, and leaves the defaults as they were', () => {
    const body = neutral.controlBodies!.create({ url: 'https://a.test/h', events: ['push'], description: 'ignored', active: false });
    expect(body).toEqual({ name: 'web', config: { content_type: 'json', url: 'https://a.test/h' }, kinds: ['push'] });
    expect(defaults).toEqual({ name: 'web', config: { content_type: 'json' } });
  });

  it('sends in an update only what was given, update-only fields included, and nothing that cannot be set', () => {
    expect(neutral.controlBodies!.update!({ active: false })).toEqual({ off: true });
    expect(neutral.controlBodies!.update!({ url: 'https://b.test', description: 'x' })).toEqual({ config: { url: 'https://b.test' } });
    expect(neutral.controlBodies!.update!({})).toEqual({});
  });

  it('reads the same paths back for the endpoint list, copying arrays', () => {
    const hook: Hook = { id: 7, config: { url: 'https://a.test/h' }, kinds: ['push'], label: 'repo', off: true };
    const [summary] = neutral.listEndpoints({ hooks: [hook] });
    expect(summary).toEqual({
      id: '7',
      profile: 'demo',
      url: 'https://a.test/h',
      events: ['push'],
      status: 'off',
      active: false,
      description: 'repo',
      secretMasked: null,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: null,
    });
    summary!.events.push('changed');
    expect(hook.kinds).toEqual(['push']);
  });
});
