import { describe, expect, it } from 'vitest';
import { builtInProfiles } from '../../../src/profiles/registry.js';
import { controlRoutesFrom } from '../../../src/profiles/kit/index.js';
import type { RouteDef } from '../../../src/profiles/types.js';

/**
 * The control routes every provider had when they were written out by hand (GitHub and Svix until
 * they were read off the roles): deriving them from the roles must not change where the control
 * API goes.
 */
const HAND_WRITTEN = {
  signa: {
    create: { method: 'POST', path: '/v1/webhooks' },
    update: { method: 'POST', path: '/v1/webhooks/:id' },
    rotate: { method: 'POST', path: '/v1/webhooks/:id/rotate-secret' },
    delete: { method: 'DELETE', path: '/v1/webhooks/:id' },
  },
  signalbase: {
    create: { method: 'POST', path: '/api/v2/webhooks' },
    update: { method: 'PATCH', path: '/api/v2/webhooks/:id' },
    delete: { method: 'DELETE', path: '/api/v2/webhooks/:id' },
    rotate: { method: 'PATCH', path: '/api/v2/webhooks/:id', body: { rotate_secret: true } },
  },
  alerting: {
    create: { method: 'POST', path: '/api/v1/alerting/webhook-endpoints' },
    update: { method: 'PUT', path: '/api/v1/alerting/webhook-endpoints/:id' },
    rotate: { method: 'POST', path: '/api/v1/alerting/webhook-endpoints/:id/rotate-secret' },
    delete: { method: 'DELETE', path: '/api/v1/alerting/webhook-endpoints/:id' },
  },
  pipai: {
    create: { method: 'POST', path: '/v1/webhooks' },
    update: { method: 'PUT', path: '/v1/webhooks/:id' },
    delete: { method: 'DELETE', path: '/v1/webhooks/:id' },
  },
  appkit: {
    create: { method: 'POST', path: '/apps/:appId/webhooks' },
    update: { method: 'PUT', path: '/apps/:appId/webhooks/:id' },
    rotate: { method: 'POST', path: '/apps/:appId/webhooks/:id/rotate-secret' },
    delete: { method: 'DELETE', path: '/apps/:appId/webhooks/:id' },
  },
  stripe: {
    create: { method: 'POST', path: '/v1/webhook_endpoints' },
    update: { method: 'POST', path: '/v1/webhook_endpoints/:id' },
    delete: { method: 'DELETE', path: '/v1/webhook_endpoints/:id' },
  },
  github: {
    create: { method: 'POST', path: '/repos/hookyard/sandbox/hooks' },
    update: {
      method: 'PATCH',
      path: '/repos/:owner/:repo/hooks/:id',
      otherwise: { method: 'PATCH', path: '/orgs/:org/hooks/:id' },
    },
    delete: {
      method: 'DELETE',
      path: '/repos/:owner/:repo/hooks/:id',
      otherwise: { method: 'DELETE', path: '/orgs/:org/hooks/:id' },
    },
  },
  svix: {
    create: { method: 'POST', path: '/api/v1/app/hookyard/endpoint' },
    update: { method: 'PATCH', path: '/api/v1/app/:appId/endpoint/:id' },
    rotate: { method: 'POST', path: '/api/v1/app/:appId/endpoint/:id/secret/rotate' },
    delete: { method: 'DELETE', path: '/api/v1/app/:appId/endpoint/:id' },
  },
};

const route = (method: RouteDef<unknown>['method'], path: string, role?: RouteDef<unknown>['role']): RouteDef<unknown> => ({
  method,
  path,
  operation: `${method} ${path}`,
  ...(role ? { role } : {}),
  handler: () => ({ status: 204 }),
});

describe('controlRoutesFrom', () => {
  it('gives every provider the control routes it had when they were written by hand', () => {
    const derived = Object.fromEntries(builtInProfiles().map((p) => [p.id, p.controlRoutes]));
    expect(derived).toEqual(HAND_WRITTEN);
  });

  it('chains routes sharing a role as fallbacks, and stops after a path that needs no parameter', () => {
    const routes = [
      route('POST', '/a/:x/hooks', 'create'),
      route('POST', '/b/:y/hooks', 'create'),
      route('POST', '/c/hooks', 'create'),
      route('POST', '/d/:z/hooks', 'create'),
    ];
    expect(controlRoutesFrom(routes).create).toEqual({
      method: 'POST',
      path: '/a/:x/hooks',
      otherwise: { method: 'POST', path: '/b/:y/hooks', otherwise: { method: 'POST', path: '/c/hooks' } },
    });
    expect(controlRoutesFrom(routes, { createIn: { x: 'fixed' } }).create).toEqual({ method: 'POST', path: '/a/fixed/hooks' });
  });

  it('fills createIn into create only, renames the id parameter, and picks the method asked for', () => {
    const routes = [
      route('POST', '/apps/:app/hooks', 'create'),
      route('PUT', '/apps/:app/hooks/:hookId', 'update'),
      route('PATCH', '/apps/:app/hooks/:hookId', 'update'),
      route('GET', '/apps/:app/hooks/:hookId', 'get'),
    ];
    const out = controlRoutesFrom(routes, { idParam: 'hookId', createIn: { app: 'a1', constructor: 'no' }, methods: { update: 'PATCH' } });
    expect(out).toEqual({
      create: { method: 'POST', path: '/apps/a1/hooks' },
      update: { method: 'PATCH', path: '/apps/:app/hooks/:id' },
    });
    expect(controlRoutesFrom(routes, 'hookId').update).toEqual({
      method: 'PUT',
      path: '/apps/:app/hooks/:id',
      otherwise: { method: 'PATCH', path: '/apps/:app/hooks/:id' },
    });
  });
});
