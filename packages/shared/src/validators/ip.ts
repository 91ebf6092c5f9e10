import { FieldErrorCode } from '../errors';
import { issue, type FieldIssue } from './field-issue';

/**
 * IPv4 and IPv6 addresses and CIDR ranges, parsed strictly: `123.542.654.785`
 * (octets over 255), leading zeros (`010.1.1.1`, octal to some parsers) and
 * host bits set in a range (`10.0.0.1/8`) are refused.
 */

export type IpVersion = 4 | 6;

export interface ParsedIp {
  version: IpVersion;
  /** The address as a big integer, for range checks. */
  value: bigint;
}

export interface ParsedCidr extends ParsedIp {
  prefix: number;
}

export function parseIPv4(text: string): bigint | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let value = 0n;
  for (const part of parts) {
    if (!/^(0|[1-9]\d{0,2})$/.test(part)) return null;
    const octet = Number(part);
    if (octet > 255) return null;
    value = (value << 8n) | BigInt(octet);
  }
  return value;
}

export function parseIPv6(text: string): bigint | null {
  let address = text;
  // A zone (fe80::1%eth0) names an interface, not an address: refused.
  if (address.includes('%') || address.length > 45) return null;
  let tail: number[] = [];
  const lastColon = address.lastIndexOf(':');
  if (address.includes('.', lastColon)) {
    const v4 = parseIPv4(address.slice(lastColon + 1));
    if (v4 === null) return null;
    tail = [Number(v4 >> 16n), Number(v4 & 0xffffn)];
    address = `${address.slice(0, lastColon + 1)}0:0`;
  }
  const halves = address.split('::');
  if (halves.length > 2) return null;
  const parse = (half: string): number[] | null => {
    if (half === '') return [];
    const groups = half.split(':');
    if (groups.some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return null;
    return groups.map((g) => parseInt(g, 16));
  };
  const head = parse(halves[0] ?? '');
  const rest = halves.length === 2 ? parse(halves[1] ?? '') : [];
  if (!head || !rest) return null;
  let groups: number[];
  if (halves.length === 2) {
    const missing = 8 - head.length - rest.length;
    if (missing < 1) return null;
    groups = [...head, ...Array<number>(missing).fill(0), ...rest];
  } else {
    groups = head;
  }
  if (groups.length !== 8) return null;
  if (tail.length) groups.splice(6, 2, ...tail);
  return groups.reduce((acc, g) => (acc << 16n) | BigInt(g), 0n);
}

export function parseIp(text: string): ParsedIp | null {
  const value = text.trim();
  const v4 = parseIPv4(value);
  if (v4 !== null) return { version: 4, value: v4 };
  const v6 = value.includes(':') ? parseIPv6(value) : null;
  return v6 === null ? null : { version: 6, value: v6 };
}

/** An address alone is a range of one (`/32`, `/128`). */
export function parseCidr(text: string): ParsedCidr | null {
  const [address = '', prefixText, ...extra] = text.trim().split('/');
  if (extra.length) return null;
  const ip = parseIp(address);
  if (!ip) return null;
  const bits = ip.version === 4 ? 32 : 128;
  if (prefixText === undefined) return { ...ip, prefix: bits };
  if (!/^(0|[1-9]\d{0,2})$/.test(prefixText)) return null;
  const prefix = Number(prefixText);
  if (prefix > bits) return null;
  const hostMask = (1n << BigInt(bits - prefix)) - 1n;
  if ((ip.value & hostMask) !== 0n) return null;
  return { ...ip, prefix };
}

/** Whether `ip` falls in the range; an IPv4-mapped IPv6 address (::ffff:1.2.3.4) counts as IPv4. */
export function ipInRange(ip: ParsedIp, range: ParsedCidr): boolean {
  let candidate = ip;
  if (ip.version === 6 && range.version === 4 && ip.value >> 32n === 0xffffn) {
    candidate = { version: 4, value: ip.value & 0xffffffffn };
  }
  if (candidate.version !== range.version) return false;
  const bits = range.version === 4 ? 32 : 128;
  const shift = BigInt(bits - range.prefix);
  return candidate.value >> shift === range.value >> shift;
}

export function checkIpAddress(value: unknown): FieldIssue | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value !== 'string' || !parseIp(value)) {
    return issue(FieldErrorCode.INVALID_FORMAT, { expected: 'IPv4 / IPv6' });
  }
  return null;
}

/** One entry of an allow-list: an address or a CIDR range. */
export function checkIpRange(value: unknown): FieldIssue | null {
  if (typeof value !== 'string' || value.trim() === '') return issue(FieldErrorCode.REQUIRED);
  return parseCidr(value)
    ? null
    : issue(FieldErrorCode.INVALID_FORMAT, { expected: '203.0.113.7, 203.0.113.0/24, 2001:db8::/32' });
}
