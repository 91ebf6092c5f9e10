import dns, { type LookupAddress } from 'node:dns';
import net from 'node:net';

/**
 * Where a webhook may not be sent: this machine, the private networks behind
 * it and link-local addresses (a cloud's metadata service among them). An
 * endpoint names any host; checked on every connection, after the name is
 * resolved, so a name that later points inside is refused too.
 */
const INSIDE = new net.BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  INSIDE.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  // Unspecified, loopback and IPv4-compatible, then NAT64 and 6to4, which carry an IPv4 address inside.
  ['::', 96],
  ['64:ff9b::', 96],
  ['2002::', 16],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  INSIDE.addSubnet(network, prefix, 'ipv6');

/** Whether an address is one webhooks are not sent to (IPv4-mapped IPv6 read as IPv4). */
export function isInsideAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return INSIDE.check(mapped[1]!, 'ipv4');
  return INSIDE.check(address, net.isIPv6(address) ? 'ipv6' : 'ipv4');
}

export class InsideAddressError extends Error {
  constructor(host: string, address: string) {
    super(`${host} resolves to ${address}, a private or local address webhooks are not sent to`);
  }
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for http.request that refuses inside addresses, unless the
 * deployment allows them (development, tests: WEBHOOKS_ALLOW_PRIVATE_NETWORK).
 */
export function guardedLookup(allowInside: boolean) {
  return (hostname: string, options: dns.LookupOptions, callback: LookupCallback): void => {
    dns.lookup(hostname, options, (error, address, family) => {
      if (error) return callback(error, '');
      const addresses = Array.isArray(address) ? address : [{ address, family }];
      const inside = addresses.find((entry) => isInsideAddress(entry.address));
      if (inside && !allowInside) return callback(new InsideAddressError(hostname, inside.address), '');
      callback(null, address as string | LookupAddress[], family);
    });
  };
}
