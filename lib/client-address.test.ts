import { describe, expect, it } from 'vitest';
import { clientAddress, MAX_ADDRESS_LENGTH, normaliseAddress } from './client-address';

describe('clientAddress', () => {
  it('reads nothing when no proxy is trusted: a client cannot choose its own bucket', () => {
    expect(clientAddress('203.0.113.7', 0)).toBeNull();
    expect(clientAddress('203.0.113.7, 198.51.100.2', 0)).toBeNull();
  });

  it('takes the entry the outermost trusted proxy wrote, ignoring what the client put before it', () => {
    expect(clientAddress('203.0.113.7', 1)).toBe('203.0.113.7');
    expect(clientAddress('1.1.1.1, 2.2.2.2, 203.0.113.7', 1)).toBe('203.0.113.7');
    // Two proxies (say, a CDN then nginx): the CDN wrote the client's address, nginx the CDN's.
    expect(clientAddress('6.6.6.6, 203.0.113.7, 198.51.100.2', 2)).toBe('203.0.113.7');
  });

  it('is null when the header has fewer entries than trusted hops (a request that bypassed a proxy)', () => {
    expect(clientAddress('203.0.113.7', 2)).toBeNull();
    expect(clientAddress(null, 1)).toBeNull();
    expect(clientAddress('', 1)).toBeNull();
  });

  it('is null for anything that is not an address, never the raw text', () => {
    expect(clientAddress('evil, not-an-address', 1)).toBeNull();
    expect(clientAddress(`1.1.1.1, ${'9'.repeat(500)}`, 1)).toBeNull();
  });
});

describe('normaliseAddress', () => {
  it('accepts IPv4 and IPv6, dropping ports, brackets and the IPv4-mapped prefix', () => {
    expect(normaliseAddress(' 203.0.113.7 ')).toBe('203.0.113.7');
    expect(normaliseAddress('203.0.113.7:8080')).toBe('203.0.113.7');
    expect(normaliseAddress('2001:DB8::1')).toBe('2001:db8::1');
    expect(normaliseAddress('[2001:db8::1]:443')).toBe('2001:db8::1');
    expect(normaliseAddress('::ffff:192.0.2.1')).toBe('192.0.2.1');
  });

  it('refuses names, out-of-range numbers and anything longer than the cap', () => {
    for (const bad of ['localhost', '256.1.1.1', '1.2.3', '1.2.3.4.5', 'a:b', ':', `${'1:'.repeat(MAX_ADDRESS_LENGTH)}1`, '<script>']) {
      expect(normaliseAddress(bad), bad).toBeNull();
    }
  });
});
