import { lookup } from 'node:dns/promises';
import net from 'node:net';

/**
 * Where a webhook may point: only public addresses, so an admin (or a stolen admin session) cannot
 * make Tend call into its own network (cloud metadata, databases, the router). Every address a
 * host name resolves to is checked, IPv4 and IPv6; TEND_WEBHOOKS_ALLOW_PRIVATE=1 lifts the rule.
 */
const blocked = new net.BlockList();
const V4 = [
  ['0.0.0.0', 8], // "this" network
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved and broadcast
] as const;
const V6 = [
  ['::', 96], // unspecified, loopback and the old IPv4-compatible form
  ['64:ff9b::', 96], // NAT64 (reaches an IPv4 address, maybe a private one)
  ['64:ff9b:1::', 48],
  ['100::', 64], // discard
  ['2001::', 23], // protocol assignments (Teredo among them)
  ['2001:db8::', 32], // documentation
  ['2002::', 16], // 6to4 (reaches an IPv4 address)
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // old site-local
  ['ff00::', 8], // multicast
] as const;
for (const [address, bits] of V4) blocked.addSubnet(address, bits, 'ipv4');
for (const [address, bits] of V6) blocked.addSubnet(address, bits, 'ipv6');

/** An IPv4 address written as IPv6 (::ffff:a.b.c.d, or ::ffff:7f00:1 as URL and DNS write it). */
function mappedV4(address: string): string | null {
  const lower = address.toLowerCase();
  const dotted = /^(?:0{0,4}:){0,4}:?(?:0{0,4}:)?ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[1];
  const hex = /^(?:0{0,4}:){0,4}:?(?:0{0,4}:)?ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (!hex) return null;
  const [high, low] = [Number.parseInt(hex[1], 16), Number.parseInt(hex[2], 16)];
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/** True when the literal address is on the public internet. */
export function isPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '');
  const family = net.isIP(bare);
  if (family === 4) return !blocked.check(bare, 'ipv4');
  if (family !== 6) return false;
  const v4 = mappedV4(bare);
  if (v4) return isPublicAddress(v4);
  return !blocked.check(bare.replace(/%.*$/, ''), 'ipv6');
}

export type AddressProblem = { message: string } | null;
export type Resolve = (host: string) => Promise<{ address: string; family: number }[]>;
export const resolveAll: Resolve = (host) => lookup(host, { all: true, verbatim: true });

/**
 * Why this URL's host may not be called, or null: it does not resolve, or one of its addresses is
 * not public. Names ending in .localhost are loopback by definition (RFC 6761), whatever DNS says.
 */
export async function hostProblem(hostname: string, resolve: Resolve = resolveAll): Promise<AddressProblem> {
  const host = hostname
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '')
    .toLowerCase();
  if (net.isIP(host)) return isPublicAddress(host) ? null : { message: 'A private, loopback or link-local address cannot receive webhooks' };
  if (host === 'localhost' || host.endsWith('.localhost')) return { message: 'A private, loopback or link-local address cannot receive webhooks' };
  let addresses: { address: string }[];
  try {
    addresses = await resolve(host);
  } catch {
    return { message: 'The host name does not resolve' };
  }
  if (addresses.length === 0) return { message: 'The host name does not resolve' };
  if (addresses.some((a) => !isPublicAddress(a.address))) {
    return { message: 'The host name resolves to a private, loopback or link-local address, which cannot receive webhooks' };
  }
  return null;
}
