/**
 * The workbench's resolved configuration: defaults < hookyard.config.json < HOOKYARD_* env <
 * CLI flags, resolved and validated in one place (src/config/resolve-config.ts).
 */
import type { DeployEnv } from '../profiles/types.js';

export interface ProfileConfig {
  /** Extra API keys accepted by the profile (restricted scopes, expired subscription, ...). */
  apiKeys?: Array<{ key: string; scopes?: string[]; flags?: Record<string, boolean>; apiSecret?: string; label?: string; team?: string }>;
  /** Endpoints that exist at start, so a team shares one setup (fixed ids and secrets). */
  endpoints?: Array<Record<string, unknown>>;
}

export interface ChannelConfig {
  /** A preset id (`hookyard schemes`) or an inline scheme description (SchemeSpec JSON); never a file path. */
  scheme?: string | Record<string, unknown>;
  secrets?: string[];
  response?: { status?: number; headers?: Record<string, string>; body?: string; delayMs?: number };
}

export interface ResolvedConfig {
  host: string;
  /** 0 = any free port. */
  port: number;
  strictPort: boolean;
  env: DeployEnv;
  /** Absolute path of the data folder (default `<cwd>/.hookyard`). */
  dataDir: string;
  memory: boolean;
  open: boolean;
  /** Print the banner (off in test mode). */
  banner: boolean;
  /** Bytes (default 1 MiB). */
  maxBody: number;
  /** Capture ring size (default 1000). */
  maxCaptures: number;
  /** Events kept in the delivery history, with up to four deliveries each (default 5000). */
  maxHistory: number;
  /** Extra Host names accepted besides localhost, *.localhost, 127.0.0.1, [::1]. */
  allowedHosts: string[];
  /** Delivery destinations beyond loopback (host names, IPs or CIDRs). */
  allowDestinations: string[];
  /** Delivery timeout in ms (default 15000). */
  deliveryTimeoutMs: number;
  /** Real-time compression for retries watched by a person (default 1). */
  timeScale: number;
  /** The user's fixtures folder, added to / overriding the built-in ones. */
  fixturesDir: string | null;
  profiles: Record<string, ProfileConfig>;
  channels: Record<string, ChannelConfig>;
  /** Where each value came from, for `--print-config` and error messages. */
  sources: Record<string, 'default' | 'file' | 'env' | 'flag'>;
}
