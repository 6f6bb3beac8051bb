// Which addresses the evidence archiver may connect to. Pure.
//
// The archiver fetches URLs typed by editors, so every address a request could reach is judged
// here first (lib/server/safe-fetch.ts): loopback, private, link-local (cloud metadata lives at
// 169.254.169.254 and fd00:ec2::254), shared, documentation, multicast and reserved ranges are
// refused. IPv6 is judged deny-by-default: only global unicast (2000::/3) passes, minus its
// special blocks, plus the forms that embed an IPv4 address, which are judged by that address.

import { isIP } from 'node:net';

type Block = readonly [base: number, prefixLength: number];

function v4(dotted: string, prefixLength: number): Block {
  return [parseIPv4(dotted)!, prefixLength];
}

// Never connected to (RFC 6890 and its successors).
const REFUSED_V4: readonly Block[] = [
  v4('0.0.0.0', 8), // "this network"
  v4('10.0.0.0', 8), // private
  v4('100.64.0.0', 10), // carrier-grade NAT
  v4('127.0.0.0', 8), // loopback
  v4('169.254.0.0', 16), // link-local, cloud metadata
  v4('172.16.0.0', 12), // private
  v4('192.0.0.0', 24), // IETF protocol assignments
  v4('192.0.2.0', 24), // documentation
  v4('192.88.99.0', 24), // deprecated 6to4 relay anycast
  v4('192.168.0.0', 16), // private
  v4('198.18.0.0', 15), // benchmarking
  v4('198.51.100.0', 24), // documentation
  v4('203.0.113.0', 24), // documentation
  v4('224.0.0.0', 4), // multicast
  v4('240.0.0.0', 4), // reserved, including the broadcast address 255.255.255.255
];

/** A dotted-quad IPv4 address as an unsigned 32-bit number, or null. Only the canonical form. */
function parseIPv4(text: string): number | null {
  if (isIP(text) !== 4) return null;
  return text.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);
}

/** An IPv6 address as its eight 16-bit groups, or null. Zones (fe80::1%eth0) are refused. */
function parseIPv6(text: string): number[] | null {
  if (isIP(text) !== 6 || text.includes('%')) return null;
  let rest = text;
  const lastColon = rest.lastIndexOf(':');
  const tail = rest.slice(lastColon + 1);
  if (tail.includes('.')) {
    const embedded = parseIPv4(tail);
    if (embedded === null) return null;
    rest = `${rest.slice(0, lastColon + 1)}${(embedded >>> 16).toString(16)}:${(embedded & 0xffff).toString(16)}`;
  }
  const halves = rest.split('::');
  if (halves.length > 2) return null;
  const groups = (part: string | undefined): number[] | null => {
    if (part === undefined || part === '') return [];
    const out: number[] = [];
    for (const group of part.split(':')) {
      if (!/^[0-9a-f]{1,4}$/i.test(group)) return null;
      out.push(parseInt(group, 16));
    }
    return out;
  };
  const head = groups(halves[0]);
  const back = groups(halves[1]);
  if (head === null || back === null) return null;
  if (halves.length === 1) return head.length === 8 ? head : null;
  const missing = 8 - head.length - back.length;
  if (missing < 1) return null;
  return [...head, ...new Array<number>(missing).fill(0), ...back];
}

function inV4Block(address: number, [base, prefixLength]: Block): boolean {
  const size = 2 ** (32 - prefixLength);
  return Math.floor(address / size) === Math.floor(base / size);
}

function isPublicV4(address: number): boolean {
  return !REFUSED_V4.some((block) => inV4Block(address, block));
}

type Block6 = readonly [groups: readonly number[], prefixLength: number];

function v6(text: string, prefixLength: number): Block6 {
  return [parseIPv6(text)!, prefixLength];
}

function inV6Block(groups: readonly number[], [base, prefixLength]: Block6): boolean {
  for (let i = 0, bits = prefixLength; bits > 0; i++, bits -= 16) {
    const mask = bits >= 16 ? 0xffff : (0xffff << (16 - bits)) & 0xffff;
    if ((groups[i]! & mask) !== (base[i]! & mask)) return false;
  }
  return true;
}

const GLOBAL_UNICAST = v6('2000::', 3);
const MAPPED = v6('::ffff:0:0', 96);
const NAT64 = v6('64:ff9b::', 96);
const SIX_TO_FOUR = v6('2002::', 16);
// Inside 2000::/3 but not globally reachable, or with an embedded address that cannot be judged.
const REFUSED_V6: readonly Block6[] = [
  v6('2001::', 23), // IETF protocol assignments, including Teredo (2001::/32) and ORCHID
  v6('2001:db8::', 32), // documentation
  v6('3fff::', 20), // documentation (RFC 9637)
];

function embeddedV4(high: number, low: number): number {
  return high * 0x10000 + low;
}

function isPublicV6(groups: readonly number[]): boolean {
  // ::ffff:a.b.c.d reaches a.b.c.d on a dual-stack socket; NAT64 and 6to4 are gateways to it.
  if (inV6Block(groups, MAPPED) || inV6Block(groups, NAT64)) return isPublicV4(embeddedV4(groups[6]!, groups[7]!));
  if (inV6Block(groups, SIX_TO_FOUR)) return isPublicV4(embeddedV4(groups[1]!, groups[2]!));
  if (!inV6Block(groups, GLOBAL_UNICAST)) return false;
  return !REFUSED_V6.some((block) => inV6Block(groups, block));
}

/**
 * Whether `ip` (a bare address, no brackets, port or zone) may be fetched. Anything that is not
 * a canonical IPv4 or IPv6 address is refused, so "2130706433" or "127.1" never pass as public.
 */
export function isPublicAddress(ip: string): boolean {
  if (typeof ip !== 'string') return false;
  const four = parseIPv4(ip);
  if (four !== null) return isPublicV4(four);
  const six = parseIPv6(ip);
  return six !== null && isPublicV6(six);
}

const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?\.)*[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/;
const NUMERIC_LAST_LABEL = /(?:^|\.)[0-9]+$/;

function allowHostEntry(entry: string): string {
  const bad = (why: string) => new Error(`Invalid allow-host entry "${entry}": ${why} (expected host:port, e.g. 127.0.0.1:3000 or [::1]:3000)`);
  const match = /^(\[[^\]]*\]|[^:[\]]*):([0-9]{1,5})$/.exec(entry);
  if (!match) throw bad(entry.includes(':') ? 'malformed host or port' : 'missing port');
  const host = match[1]!.toLowerCase();
  const port = Number(match[2]);
  if (port < 1 || port > 65535) throw bad('port out of range');
  if (host.startsWith('[')) {
    const inner = host.slice(1, -1);
    if (parseIPv6(inner) === null) throw bad('not an IPv6 address');
    // The same compressed form URL.hostname gives, which is what safeFetch compares with.
    return `${new URL(`http://${host}/`).hostname}:${port}`;
  }
  if (parseIPv4(host) !== null) return `${host}:${port}`;
  // A numeric last label would be read by URL as an IPv4 address ("127.1"), so never match.
  if (!HOSTNAME.test(host) || NUMERIC_LAST_LABEL.test(host)) throw bad('not a valid host name');
  return `${host}:${port}`;
}

/**
 * The `host:port` entries of a comma- or space-separated list, lower-cased, with IPv6 hosts in
 * brackets. Throws, naming the entry, on one without a port or that is otherwise malformed.
 */
export function parseAllowHosts(value: string): Set<string> {
  if (typeof value !== 'string') throw new TypeError('allow-host list must be a string');
  const entries = value.split(/[\s,]+/).filter((entry) => entry !== '');
  return new Set(entries.map(allowHostEntry));
}
