import { lookup as dnsLookup } from 'node:dns/promises';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { FetchError, FetchErrorCode } from './fetch-error.ts';

/** One resolved address, as node:dns `lookup(…, { all: true })` returns it. */
export type ResolvedAddress = { address: string; family: number };
/** Name → addresses; injected in tests so no real DNS is ever asked. */
export type ResolveHost = (hostname: string) => Promise<ResolvedAddress[]>;

// Not routable on the public internet, or pointing back into our own network / cloud metadata.
const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // CGNAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, includes 169.254.169.254 (cloud metadata)
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  blocked.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b:1::', 48], // local-use NAT64
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7], // unique-local, includes AWS fd00:ec2::254
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  blocked.addSubnet(net, prefix, 'ipv6');
}

/** Builds the allow-list (exact addresses or CIDR `a.b.c.d/n`) that overrides the block list. */
export function createAllowList(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', prefix] = entry.split('/');
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) {
      list.addAddress(address, family);
    } else {
      list.addSubnet(address, Number(prefix), family);
    }
  }
  return list;
}

/** True when `address` (an IP literal) is private/loopback/link-local/… and not allow-listed. */
export function isBlockedAddress(address: string, allow: BlockList): boolean {
  const bare = address.startsWith('[') ? address.slice(1, -1) : address;
  const family = isIP(bare);
  if (family === 0) {
    return true; // not an address at all: refuse rather than guess
  }
  const type = family === 6 ? 'ipv6' : 'ipv4';
  // BlockList matches IPv4-mapped IPv6 (::ffff:10.0.0.1) against the IPv4 rules too.
  return blocked.check(bare, type) && !allow.check(bare, type);
}

/** Throws fetch.private-address when `address` is refused. */
export function assertPublicAddress(address: string, allow: BlockList, url: string): void {
  if (isBlockedAddress(address, allow)) {
    throw new FetchError(FetchErrorCode.PrivateAddress, `refused address ${address} for ${url}`, {
      url,
      retryable: false,
    });
  }
}

const systemResolve: ResolveHost = (hostname) => dnsLookup(hostname, { all: true });

/** A net `lookup` hook that resolves, then refuses the connection if ANY address is blocked. */
export function createGuardedLookup(
  allow: BlockList,
  resolve: ResolveHost = systemResolve,
): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname)
      .then((addresses) => {
        if (addresses.length === 0) {
          throw new FetchError(FetchErrorCode.Dns, `no address for ${hostname}`, {
            url: hostname,
            retryable: true,
          });
        }
        for (const { address } of addresses) {
          assertPublicAddress(address, allow, hostname);
        }
        if (options.all === true) {
          callback(null, addresses);
        } else {
          const first = addresses[0] as ResolvedAddress;
          callback(null, first.address, first.family);
        }
      })
      .catch((error: unknown) => {
        callback(
          error instanceof FetchError
            ? error
            : new FetchError(FetchErrorCode.Dns, `dns lookup failed for ${hostname}`, {
                url: hostname,
                retryable: (error as NodeJS.ErrnoException).code !== 'ENOTFOUND',
                cause: error,
              }),
          '',
          0,
        );
      });
  };
}
