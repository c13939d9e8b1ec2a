import type { ChannelConfig } from '../config/types.js';
import type { SchemeSpec } from '../signing/types.js';
import { channelProblems, channelScheme } from '../config/validate-channel.js';

export interface ChannelSettings extends ChannelConfig {
  name: string;
  /** The scheme resolved once when the settings were accepted (a preset, or an inline scheme object). */
  schemeSpec?: SchemeSpec;
}

export class ChannelError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ChannelError';
  }
}

/** Validates one channel's settings (src/config's rules), listing what is wrong and what would be right. */
function validateChannel(name: string, input: unknown): ChannelSettings {
  const problems = channelProblems(name, input);
  if (problems.length) {
    const message = problems.map((p) => (p.path ? `${p.path} ${p.message}` : p.message)).join('; ');
    throw new ChannelError(`channel "${name}": ${message}`, problems[0]!.path || 'name');
  }
  const v = input as ChannelConfig;
  const out: ChannelSettings = { name };
  if (v.scheme != null) {
    out.schemeSpec = channelScheme(v.scheme);
    out.scheme = typeof v.scheme === 'string' ? v.scheme : out.schemeSpec.id;
  }
  if (v.secrets) out.secrets = [...v.secrets];
  if (v.response) out.response = v.response;
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
