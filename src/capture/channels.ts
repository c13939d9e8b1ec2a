import type { ChannelConfig } from '../config/types.js';
import { schemeFromArg, SchemeFileError, UnknownSchemeError } from '../signing/index.js';

export interface ChannelSettings extends ChannelConfig {
  name: string;
}

export class ChannelError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChannelError';
  }
}

const NAME = /^[A-Za-z0-9._-]{1,64}$/;

/** Validates one channel's settings, listing what is wrong and what would be right. */
export function validateChannel(name: string, input: unknown): ChannelSettings {
  if (!NAME.test(name)) throw new ChannelError(`channel name "${name}" must be 1–64 letters, digits, ".", "_" or "-"`);
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new ChannelError('channel settings must be a JSON object: {"scheme","secrets","response"}');
  const v = input as Record<string, unknown>;
  const problems: string[] = [];
  const out: ChannelSettings = { name };
  if (v.scheme !== undefined && v.scheme !== null) {
    if (typeof v.scheme !== 'string') problems.push('scheme must be a preset id (hookyard schemes) or a scheme file path');
    else {
      try {
        schemeFromArg(v.scheme);
        out.scheme = v.scheme;
      } catch (error) {
        if (error instanceof UnknownSchemeError || error instanceof SchemeFileError) problems.push(error.message);
        else throw error;
      }
    }
  }
  if (v.secrets !== undefined) {
    if (!Array.isArray(v.secrets) || v.secrets.some((s) => typeof s !== 'string' || s.length === 0)) problems.push('secrets must be an array of non-empty strings (current first)');
    else out.secrets = v.secrets as string[];
  }
  if (v.response !== undefined) {
    const r = v.response as Record<string, unknown>;
    if (typeof r !== 'object' || r === null) problems.push('response must be an object {status, headers, body, delayMs}');
    else {
      if (r.status !== undefined && (!Number.isInteger(r.status) || (r.status as number) < 100 || (r.status as number) > 599)) problems.push('response.status must be an HTTP status from 100 to 599');
      if (r.headers !== undefined && (typeof r.headers !== 'object' || r.headers === null || Object.values(r.headers).some((h) => typeof h !== 'string'))) problems.push('response.headers must map names to strings');
      if (r.body !== undefined && typeof r.body !== 'string') problems.push('response.body must be a string');
      if (r.delayMs !== undefined && (!Number.isInteger(r.delayMs) || (r.delayMs as number) < 0 || (r.delayMs as number) > 120_000)) problems.push('response.delayMs must be whole milliseconds from 0 to 120000');
      out.response = r as ChannelSettings['response'];
    }
  }
  if (problems.length) throw new ChannelError(`channel "${name}": ${problems.join('; ')}`);
  return out;
}

/** Channel settings from the config file, changed at run time through the control API. */
export class ChannelRegistry {
  private readonly channels = new Map<string, ChannelSettings>();

  constructor(initial: Record<string, ChannelConfig> = {}) {
    for (const [name, config] of Object.entries(initial)) this.channels.set(name, validateChannel(name, config));
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
