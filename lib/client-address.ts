// Which client address a request came from, for rate limits. Pure.
//
// `next start` copies the socket's address into X-Forwarded-For only when the request does not
// carry that header already, so anything in it may have been typed by the client. An address is
// therefore read only behind proxies the operator says are there (TRUSTED_PROXY_HOPS): each
// trusted proxy appends the address it saw, so the entry `hops` places from the right end was
// written by the outermost trusted proxy, and everything left of it is the client's say-so.
// With no proxy trusted (the default) no address is read at all, and the limits that need one
// fall back to limits that do not (lib/rate-limit.ts, docs/security.md).

/** Longest address stored or compared: an IPv6 address with a zone fits easily. */
export const MAX_ADDRESS_LENGTH = 64;

const IPV4 = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const IPV6 = /^[0-9a-f:.]+$/i;

/** A syntactically plausible IP address, lower-cased, with ports and brackets removed; else null. */
export function normaliseAddress(raw: string): string | null {
  let value = raw.trim();
  if (value === '' || value.length > MAX_ADDRESS_LENGTH) return null;
  // [2001:db8::1]:443 and 203.0.113.7:8080 (some proxies append the port).
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(':'));
  if (value.toLowerCase().startsWith('::ffff:') && IPV4.test(value.slice(7))) value = value.slice(7);
  if (IPV4.test(value)) return value;
  if (value.includes(':') && IPV6.test(value) && (value.match(/:/g) ?? []).length >= 2) return value.toLowerCase();
  return null;
}

/**
 * The client's address as written by the outermost of `trustedHops` proxies, or null when no
 * proxy is trusted or the header does not have that many entries (a request that bypassed the
 * proxy, or a misconfiguration): the caller must not fall back to a client-chosen value.
 */
export function clientAddress(forwardedFor: string | null, trustedHops: number): string | null {
  if (trustedHops <= 0 || !forwardedFor) return null;
  const entries = forwardedFor
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '');
  if (entries.length < trustedHops) return null;
  return normaliseAddress(entries[entries.length - trustedHops]!);
}
