import type { Hono } from 'hono';
import type { ApiKey } from '../../profiles/types.js';
import type { Workbench } from '../workbench.js';
import { saveRuntimeKeys } from '../runtime-keys.js';
import { controlError, jsonBody } from './control-error.js';
import { controlFail, isRecord, onlyKeys, optionalString, requireString, stringArray } from './control-input.js';

/** Visible ASCII, no whitespace: what an `Authorization: Bearer` header can carry unchanged. */
const KEY = /^[\x21-\x7e]{4,256}$/;
const FIELDS = ['profile', 'key', 'scopes', 'flags', 'apiSecret', 'team', 'label'];

function parseKey(v: Record<string, unknown>, wb: Workbench): { profile: string; key: ApiKey } {
  onlyKeys(v, FIELDS);
  const known = wb.profiles.map((p) => p.id).join(', ');
  const profile = wb.profile(requireString(v.profile, 'profile', `must be one of ${known}`));
  if (!profile) controlFail('profile', `must be one of ${known}`);
  const key = requireString(v.key, 'key');
  if (!KEY.test(key))
    controlFail('key', 'must be 4–256 visible ASCII characters without whitespace (it travels in an Authorization header)');
  const scopes = v.scopes === undefined ? ['*'] : stringArray(v.scopes, 'scopes');
  let flags: Record<string, boolean> | undefined;
  if (v.flags !== undefined) {
    if (!isRecord(v.flags)) controlFail('flags', 'must be an object of true/false flags');
    for (const [name, flag] of Object.entries(v.flags))
      if (typeof flag !== 'boolean') controlFail(`flags.${name}`, 'must be true or false');
    flags = { ...(v.flags as Record<string, boolean>) };
  }
  const apiSecret = optionalString(v.apiSecret, 'apiSecret');
  if (profile.auth.requiredKeyFields?.includes('apiSecret') && !apiSecret)
    controlFail('apiSecret', `is required: ${profile.title} keys sign their requests with it`);
  const team = optionalString(v.team, 'team');
  const label = optionalString(v.label, 'label');
  return {
    profile: profile.id,
    key: {
      key,
      scopes,
      ...(flags ? { flags } : {}),
      ...(apiSecret ? { apiSecret } : {}),
      ...(team !== undefined ? { team } : {}),
      ...(label !== undefined ? { label } : {}),
    },
  };
}

/** API keys per profile: the defaults, the config file's, and ones added here at run time (kept in state.json). */
export function keysRoutes(api: Hono, wb: Workbench): void {
  api.get('/keys', (c) =>
    c.json(
      wb.profiles.map((p) => ({
        profile: p.id,
        keys: wb.mount.apiKeys(p).map((k) => ({
          key: k.key,
          scopes: k.scopes,
          flags: k.flags ?? {},
          team: k.team ?? null,
          label: k.label ?? null,
          runtime: (wb.extraKeys.get(p.id) ?? []).includes(k),
        })),
      })),
    ),
  );
  api.post('/keys', async (c) => {
    const parsed = await jsonBody(c);
    if (!parsed.ok) return parsed.response;
    const { profile: id, key } = parseKey(parsed.value, wb);
    const profile = wb.profile(id)!;
    if (wb.mount.apiKeys(profile).some((k) => k.key === key.key))
      return controlError(c, 409, 'conflict', `${profile.title} already has that key.`, 'key');
    // Through `set`, which drops the profile's index of accepted keys.
    wb.extraKeys.set(profile.id, [...(wb.extraKeys.get(profile.id) ?? []), key]);
    saveRuntimeKeys(wb.dataDir, wb.extraKeys);
    return c.json({ profile: profile.id, key: key.key, scopes: key.scopes }, 201);
  });
  api.delete('/keys/:profile/:key', (c) => {
    const list = wb.extraKeys.get(c.req.param('profile')) ?? [];
    const next = list.filter((k) => k.key !== c.req.param('key'));
    if (next.length === list.length)
      return controlError(
        c,
        404,
        'not_found',
        'No run-time key by that name (keys from defaults and the config file cannot be removed here).',
      );
    wb.extraKeys.set(c.req.param('profile'), next);
    saveRuntimeKeys(wb.dataDir, wb.extraKeys);
    return c.json({ deleted: true });
  });
}
