import type { ChannelConfig } from '../config/types.js';
import type { SchemeSpec } from '../signing/types.js';
import { findScheme, listSchemes, schemeFromArg, SchemeFileError, UnknownSchemeError, validateScheme } from '../signing/index.js';
import { describeValue, hasLoneSurrogate } from '../guard/index.js';
import { responseProblems } from './channel-response.js';

export interface ChannelSettings extends ChannelConfig {
  name: string;
  /** The scheme resolved once when the settings were accepted (a preset, or an inline scheme object). */
  schemeSpec?: SchemeSpec;
}

export class ChannelError extends Error {
  constructor(message: string, readonly field?: string) {
    super(message);
    this.name = 'ChannelError';
  }
}

const NAME = /^[A-Za-z0-9._-]{1,64}$/;
const FIELDS = ['scheme', 'secrets', 'response'];

export interface ChannelSource {
  /** The config file may name a scheme JSON file; the control API may not (the server reads no path a caller gives it). */
  allowSchemeFiles: boolean;
}

function resolveScheme(value: unknown, source: ChannelSource, problems: Array<[string, string]>): SchemeSpec | undefined {
  if (typeof value === 'string') {
    const preset = findScheme(value);
    if (preset) return preset;
    if (source.allowSchemeFiles) {
      try {
        return schemeFromArg(value);
      } catch (error) {
        if (error instanceof UnknownSchemeError || error instanceof SchemeFileError) problems.push(['scheme', error.message]);
        else throw error;
        return undefined;
      }
    }
    problems.push(['scheme', `scheme ${describeValue(value)} is not a preset id; use one of ${listSchemes().map((s) => s.id).join(', ')}, or an inline scheme object`]);
    return undefined;
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    try {
      return validateScheme(value, 'scheme');
    } catch (error) {
      if (error instanceof SchemeFileError) problems.push(['scheme', error.message]);
      else throw error;
      return undefined;
    }
  }
  problems.push(['scheme', 'scheme must be a preset id (hookyard schemes) or an inline scheme object']);
  return undefined;
}

/** Validates one channel's settings, listing what is wrong and what would be right. */
export function validateChannel(name: string, input: unknown, source: ChannelSource = { allowSchemeFiles: false }): ChannelSettings {
  if (!NAME.test(name)) throw new ChannelError(`channel name ${describeValue(name)} must be 1–64 letters, digits, ".", "_" or "-"`, 'name');
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new ChannelError('channel settings must be a JSON object: {"scheme","secrets","response"}');
  const v = input as Record<string, unknown>;
  const problems: Array<[string, string]> = [];
  for (const key of Object.keys(v)) if (!FIELDS.includes(key)) problems.push([key, `${key} is not a channel setting (settings: ${FIELDS.join(', ')})`]);
  const out: ChannelSettings = { name };
  if (v.scheme !== undefined && v.scheme !== null) {
    const spec = resolveScheme(v.scheme, source, problems);
    if (spec) {
      out.scheme = typeof v.scheme === 'string' ? v.scheme : spec.id;
      out.schemeSpec = spec;
    }
  }
  if (v.secrets !== undefined) {
    if (!Array.isArray(v.secrets) || v.secrets.some((s) => typeof s !== 'string' || s.length === 0 || hasLoneSurrogate(s))) problems.push(['secrets', 'secrets must be an array of non-empty strings (current first)']);
    else out.secrets = [...(v.secrets as string[])];
  }
  if (v.response !== undefined) {
    const found = responseProblems(v.response);
    if (found.length > 0) problems.push(...found);
    else out.response = v.response as ChannelSettings['response'];
  }
  if (problems.length) throw new ChannelError(`channel "${name}": ${problems.map(([, m]) => m).join('; ')}`, problems[0]![0]);
  return out;
}

/** Channel settings from the config file, changed at run time through the control API. */
export class ChannelRegistry {
  private readonly channels = new Map<string, ChannelSettings>();

  constructor(initial: Record<string, ChannelConfig> = {}) {
    for (const [name, config] of Object.entries(initial)) this.channels.set(name, validateChannel(name, config, { allowSchemeFiles: true }));
  }

  get(name: string): ChannelSettings | undefined {
    return this.channels.get(name);
  }

  set(name: string, input: unknown): ChannelSettings {
    const settings = validateChannel(name, input);
    this.channels.set(name, settings);
    return settings;
  }

  delete(name: string): boolean {
    return this.channels.delete(name);
  }

  list(): ChannelSettings[] {
    return [...this.channels.values()];
  }
}
