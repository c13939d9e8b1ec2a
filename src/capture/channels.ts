import type { ChannelConfig } from '../config/types.js';
import { channelProblems } from '../config/validate-channel.js';

export interface ChannelSettings extends ChannelConfig {
  name: string;
}

export class ChannelError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChannelError';
  }
}

/** Validates one channel's settings (src/config's rules), listing what is wrong and what would be right. */
export function validateChannel(name: string, input: unknown): ChannelSettings {
  const problems = channelProblems(name, input);
  if (problems.length) {
    throw new ChannelError(`channel "${name}": ${problems.map((p) => (p.path ? `${p.path} ${p.message}` : p.message)).join('; ')}`);
  }
  const { scheme, secrets, response } = input as ChannelConfig;
  return { name, ...(scheme != null ? { scheme } : {}), ...(secrets ? { secrets } : {}), ...(response ? { response } : {}) };
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
