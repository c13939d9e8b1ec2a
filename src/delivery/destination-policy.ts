import { isIP, BlockList } from 'node:net';

export type LookupFunction = (
  hostname: string,
  options: { all: true },
  callback: (error: NodeJS.ErrnoException | null, addresses: Array<{ address: string; family: number }>) => void,
) => void;

/**
 * Deliveries go to loopback only unless `--allow-destination` lists more (host names, IPs or
 * CIDRs). The check runs on the resolved address at connect time, so a name that resolves to a
 * private or public address cannot sneak through.
 */
export class DestinationPolicy {
  private readonly names = new Set<string>();
  private readonly blocks = new BlockList();

  constructor(allow: readonly string[]) {
    for (const entry of allow) {
      const value = entry.trim().toLowerCase();
      if (!value) continue;
      const [address, prefix] = value.split('/');
      const family = isIP(address ?? '');
      if (family) {
        if (prefix !== undefined) this.blocks.addSubnet(address!, Number(prefix), family === 6 ? 'ipv6' : 'ipv4');
        else this.blocks.addAddress(address!, family === 6 ? 'ipv6' : 'ipv4');
      } else this.names.add(value);
    }
  }

  /** A host name the user allowed by name (its addresses are then accepted). */
  allowsName(hostname: string): boolean {
    return this.names.has(hostname.toLowerCase());
  }

  allowsAddress(address: string): boolean {
    const family = isIP(address);
    if (family === 4 && address.startsWith('127.')) return true;
    if (family === 6 && (address === '::1' || address.startsWith('::ffff:127.'))) return true;
    if (!family) return false;
    return this.blocks.check(address, family === 6 ? 'ipv6' : 'ipv4');
  }

  /** A `lookup` for http.request that resolves, then refuses addresses the policy does not allow. */
  guardedLookup(resolve: LookupFunction): (hostname: string, options: unknown, callback: (...args: any[]) => void) => void {
    return (hostname, options, callback) => {
      const wantsAll = typeof options === 'object' && options !== null && (options as { all?: boolean }).all === true;
      resolve(hostname, { all: true }, (error, addresses) => {
        if (error) return callback(error);
        const byName = this.allowsName(hostname);
        const allowed = addresses.filter((a) => byName || this.allowsAddress(a.address));
        if (allowed.length === 0) {
          const err = Object.assign(
            new Error(
              `destination ${hostname} resolves to ${addresses.map((a) => a.address).join(', ')}, which is not loopback; allow it with --allow-destination ${hostname}`,
            ),
            { code: 'EDESTINATION' },
          );
          return callback(err);
        }
        if (wantsAll) callback(null, allowed);
        else callback(null, allowed[0]!.address, allowed[0]!.family);
      });
    };
  }
}
