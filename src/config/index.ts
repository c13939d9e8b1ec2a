export type { ResolvedConfig, ProfileConfig, ChannelConfig } from './types.js';
export { resolveConfig, ConfigError, configDefaults, settingNames } from './resolve-config.js';
export type { DevFlags, ResolveInput } from './resolve-config.js';
export { parseDevFlags, devUsage, devOptions } from './parse-dev-flags.js';
export { parseSize } from './parse-size.js';
export { channelProblems, channelScheme } from './validate-channel.js';
export type { ChannelProblem } from './validate-channel.js';
