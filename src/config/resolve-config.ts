import { readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import type { DeployEnv } from '../profiles/types.js';
import type { ChannelConfig, ProfileConfig, ResolvedConfig } from './types.js';
import { parseSize } from './parse-size.js';
import { closest } from '../plumbing/index.js';
import { channelProblems } from './validate-channel.js';
import { profilesProblems } from './validate-profiles.js';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.length === 1 ? problems[0]! : `the configuration has ${problems.length} problems:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

type Source = 'default' | 'file' | 'env' | 'flag';
type Raw = string | number | boolean | string[] | undefined;

/** The dev command's flags, already parsed (names as on the command line). */
export type DevFlags = Partial<Record<string, Raw>>;

interface Setting {
  key: keyof Omit<ResolvedConfig, 'profiles' | 'channels' | 'sources'>;
  flag: string;
  env: string;
  parse(value: Raw, cwd: string): { ok: true; value: unknown } | { ok: false; expected: string };
}

const int = (min: number, max: number) => (value: Raw) => {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : NaN;
  return Number.isInteger(n) && n >= min && n <= max
    ? { ok: true as const, value: n }
    : { ok: false as const, expected: `an integer from ${min} to ${max}` };
};
const bool = (value: Raw) => {
  if (typeof value === 'boolean') return { ok: true as const, value };
  if (typeof value === 'string' && /^(1|true|yes|on)$/i.test(value)) return { ok: true as const, value: true };
  if (typeof value === 'string' && /^(0|false|no|off)$/i.test(value)) return { ok: true as const, value: false };
  return { ok: false as const, expected: 'true or false' };
};
const text = (value: Raw) =>
  typeof value === 'string' && value.trim() !== ''
    ? { ok: true as const, value: value.trim() }
    : { ok: false as const, expected: 'a non-empty string' };
const list = (value: Raw) => {
  if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
    return {
      ok: true as const,
      value: value
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter(Boolean),
    };
  if (typeof value === 'string')
    return {
      ok: true as const,
      value: value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean),
    };
  return { ok: false as const, expected: 'a list of names (comma-separated in env)' };
};
const path = (value: Raw, cwd: string) =>
  typeof value === 'string' && value.trim()
    ? { ok: true as const, value: isAbsolute(value) ? value : resolve(cwd, value) }
    : { ok: false as const, expected: 'a folder path' };

const SETTINGS: Setting[] = [
  { key: 'port', flag: '--port', env: 'HOOKYARD_PORT', parse: int(0, 65535) },
  { key: 'host', flag: '--host', env: 'HOOKYARD_HOST', parse: text },
  { key: 'strictPort', flag: '--strict-port', env: 'HOOKYARD_STRICT_PORT', parse: bool },
  {
    key: 'env',
    flag: '--env',
    env: 'HOOKYARD_ENV',
    parse: (v) => (v === 'sandbox' || v === 'production' ? { ok: true, value: v } : { ok: false, expected: '"sandbox" or "production"' }),
  },
  { key: 'dataDir', flag: '--data-dir', env: 'HOOKYARD_DATA_DIR', parse: path },
  { key: 'memory', flag: '--memory', env: 'HOOKYARD_MEMORY', parse: bool },
  { key: 'open', flag: '--open', env: 'HOOKYARD_OPEN', parse: bool },
  {
    key: 'maxBody',
    flag: '--max-body',
    env: 'HOOKYARD_MAX_BODY',
    parse: (v) => {
      const n = typeof v === 'number' ? v : typeof v === 'string' ? parseSize(v) : null;
      return n && n > 0 && n <= 1024 ** 3
        ? { ok: true, value: n }
        : { ok: false, expected: 'a size such as 1mb, 512kb or 1048576 (at most 1gb)' };
    },
  },
  { key: 'maxCaptures', flag: '--max-captures', env: 'HOOKYARD_MAX_CAPTURES', parse: int(1, 1_000_000) },
  { key: 'maxHistory', flag: '--max-history', env: 'HOOKYARD_MAX_HISTORY', parse: int(1, 1_000_000) },
  { key: 'allowedHosts', flag: '--allowed-host', env: 'HOOKYARD_ALLOWED_HOSTS', parse: list },
  { key: 'allowDestinations', flag: '--allow-destination', env: 'HOOKYARD_ALLOW_DESTINATIONS', parse: list },
  { key: 'deliveryTimeoutMs', flag: '--delivery-timeout', env: 'HOOKYARD_DELIVERY_TIMEOUT', parse: int(1, 600_000) },
  {
    key: 'timeScale',
    flag: '--time-scale',
    env: 'HOOKYARD_TIME_SCALE',
    parse: (v) => {
      const n = Number(v);
      return Number.isFinite(n) && n >= 1 && n <= 1_000_000
        ? { ok: true, value: n }
        : { ok: false, expected: 'a number from 1 to 1000000' };
    },
  },
  { key: 'fixturesDir', flag: '--fixtures', env: 'HOOKYARD_FIXTURES', parse: path },
];

/** Every setting's flag, env variable and config key (help and tests keep the flag list in step). */
export function settingNames(): Array<{ key: string; flag: string; env: string }> {
  return SETTINGS.map(({ key, flag, env }) => ({ key, flag, env }));
}

const FILE_KEYS = new Set<string>([...SETTINGS.map((s) => s.key), 'profiles', 'channels']);

export interface ResolveInput {
  flags: DevFlags;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Tests and the library: no banner, no browser. */
  testMode?: boolean;
  readFile?(path: string): string;
  /** The profiles that exist, so an unknown id in the file's "profiles" is reported. */
  profileIds?: readonly string[];
}

/**
 * The default of every setting, before the config file, env and flags; the library (startHookyard)
 * uses test mode: no banner, no browser.
 */
export function configDefaults(cwd: string, env: ResolveInput['env'] = {}, testMode = true): Omit<ResolvedConfig, 'sources'> {
  return {
    host: '127.0.0.1',
    port: 4400,
    strictPort: false,
    env: 'sandbox' as DeployEnv,
    dataDir: join(cwd, '.hookyard'),
    memory: false,
    open: !testMode && !env.CI,
    banner: !testMode,
    maxBody: 1024 * 1024,
    maxCaptures: 1000,
    maxHistory: 5000,
    allowedHosts: [],
    allowDestinations: [],
    deliveryTimeoutMs: 15_000,
    timeScale: 1,
    fixturesDir: null,
    profiles: {},
    channels: {},
  };
}

function readConfigFile(input: ResolveInput, problems: string[]): { path: string; data: Record<string, unknown> } | null {
  const explicit = typeof input.flags['--config'] === 'string' ? (input.flags['--config'] as string) : undefined;
  const file = explicit ? resolve(input.cwd, explicit) : join(input.cwd, 'hookyard.config.json');
  let text: string;
  try {
    text = (input.readFile ?? ((p) => readFileSync(p, 'utf8')))(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !explicit) return null;
    problems.push(`cannot read the config file ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    return null;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    problems.push(`${file} is not valid JSON (${(error as Error).message}); it must be one JSON object such as {"port": 4400}`);
    return null;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    problems.push(`${file} must be a JSON object such as {"port": 4400}`);
    return null;
  }
  for (const key of Object.keys(data)) {
    const hint = closest(key, [...FILE_KEYS]);
    const mean = hint ? ` (did you mean "${hint}"?)` : '';
    if (!FILE_KEYS.has(key)) problems.push(`${file}: unknown key "${key}"${mean}; valid keys are ${[...FILE_KEYS].join(', ')}`);
  }
  return { path: file, data: data as Record<string, unknown> };
}

const keyPath = (base: string, path: string): string => (path ? `${base}.${path}` : base);

/** defaults < hookyard.config.json < HOOKYARD_* env < flags, every problem reported at once. */
export function resolveConfig(input: ResolveInput): ResolvedConfig {
  const problems: string[] = [];
  const config = configDefaults(input.cwd, input.env, input.testMode ?? false) as Omit<ResolvedConfig, 'sources'> & Record<string, unknown>;
  const sources: Record<string, Source> = {};
  for (const s of SETTINGS) sources[s.key] = 'default';
  const file = readConfigFile(input, problems);
  const layers: Array<[Source, (s: Setting) => Raw, (s: Setting) => string]> = [
    ['file', (s) => file?.data[s.key] as Raw, (s) => `${file?.path ?? 'hookyard.config.json'} key "${s.key}"`],
    ['env', (s) => input.env[s.env], (s) => `env ${s.env}`],
    ['flag', (s) => input.flags[s.flag], (s) => `flag ${s.flag}`],
  ];
  for (const [source, get, name] of layers) {
    for (const setting of SETTINGS) {
      const raw = get(setting);
      if (raw === undefined || raw === '') continue;
      const parsed = setting.parse(raw, input.cwd);
      if (!parsed.ok) problems.push(`${name(setting)} must be ${parsed.expected}, got ${JSON.stringify(raw)}`);
      else {
        (config as Record<string, unknown>)[setting.key] = parsed.value;
        sources[setting.key] = source;
      }
    }
  }
  if (file) {
    const profiles = file.data.profiles;
    if (profiles !== undefined) {
      const found = profilesProblems(profiles, input.profileIds);
      for (const p of found) problems.push(`${file.path} key "${keyPath('profiles', p.path)}" ${p.message}`);
      if (!found.length) config.profiles = profiles as Record<string, ProfileConfig>;
    }
    const channels = file.data.channels;
    if (channels !== undefined) {
      if (typeof channels !== 'object' || channels === null || Array.isArray(channels))
        problems.push(`${file.path} key "channels" must map channel names to {"scheme","secrets","response"}`);
      else {
        for (const [name, settings] of Object.entries(channels)) {
          for (const p of channelProblems(name, settings)) {
            problems.push(`${file.path} key "${keyPath(`channels.${name}`, p.path)}" ${p.message}`);
          }
        }
        config.channels = channels as Record<string, ChannelConfig>;
      }
    }
  }
  if (problems.length) throw new ConfigError(problems);
  return { ...config, sources };
}
