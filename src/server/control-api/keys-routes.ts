import type { Hono } from 'hono';
import type { ApiKey } from '../../profiles/types.js';
import type { Workbench } from '../workbench.js';
import { controlError, jsonBody } from './control-error.js';

/** API keys per profile: the defaults, the config file's, and ones added here at run time. */
export function keysRoutes(api: Hono, wb: Workbench): void {
  api.get('/keys', (c) => c.json(wb.profiles.map((p) => ({ profile: p.id, keys: wb.mount.apiKeys(p).map((k) => ({ key: k.key, scopes: k.scopes, flags: k.flags ?? {}, team: k.team ?? null, label: k.label ?? null, runtime: (wb.extraKeys.get(p.id) ?? []).includes(k) })) }))));
  api.post('/keys', async (c) => {
    const parsed = await jsonBody(c);
    if (!parsed.ok) return parsed.response;
    const v = parsed.value;
    const profile = typeof v.profile === 'string' ? wb.profile(v.profile) : undefined;
    if (!profile) return controlError(c, 400, 'bad_request', `"profile" must be one of ${wb.profiles.map((p) => p.id).join(', ')}.`);
    if (typeof v.key !== 'string' || v.key.length < 4) return controlError(c, 400, 'bad_request', '"key" must be a string of at least 4 characters.');
    if (wb.mount.apiKeys(profile).some((k) => k.key === v.key)) return controlError(c, 409, 'conflict', `${profile.title} already has the key "${v.key}".`);
    if (v.scopes !== undefined && (!Array.isArray(v.scopes) || v.scopes.some((s) => typeof s !== 'string'))) return controlError(c, 400, 'bad_request', '"scopes" must be an array of scope names (["*"] for all).');
    if (profile.auth.kind === 'pipai-signed' && typeof v.apiSecret !== 'string') return controlError(c, 400, 'bad_request', `${profile.title} keys sign their requests: give "apiSecret".`);
    const key: ApiKey = { key: v.key, scopes: (v.scopes as string[] | undefined) ?? ['*'], flags: (v.flags as Record<string, boolean> | undefined) ?? undefined, apiSecret: typeof v.apiSecret === 'string' ? v.apiSecret : undefined, team: typeof v.team === 'string' ? v.team : undefined, label: typeof v.label === 'string' ? v.label : undefined };
    // A new array, so the mount layer's key index sees the change.
    wb.extraKeys.set(profile.id, [...(wb.extraKeys.get(profile.id) ?? []), key]);
    return c.json({ profile: profile.id, key: key.key, scopes: key.scopes }, 201);
  });
  api.delete('/keys/:profile/:key', (c) => {
    const list = wb.extraKeys.get(c.req.param('profile')) ?? [];
    const next = list.filter((k) => k.key !== c.req.param('key'));
    if (next.length === list.length) return controlError(c, 404, 'not_found', 'No run-time key by that name (keys from defaults and the config file cannot be removed here).');
    wb.extraKeys.set(c.req.param('profile'), next);
    return c.json({ deleted: true });
  });
}
