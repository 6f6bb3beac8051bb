import { describe, expect, it } from 'vitest';
import { isPublicAddress, parseAllowHosts } from './ip-policy';

describe('isPublicAddress', () => {
  // Each range's first and last address, so narrowing a range fails a test.
  it.each([
    ['0.0.0.0'],
    ['0.255.255.255'],
    ['10.0.0.0'],
    ['10.255.255.255'],
    ['100.64.0.0'],
    ['100.127.255.255'],
    ['127.0.0.1'],
    ['127.255.255.254'],
    ['169.254.0.0'],
    ['169.254.169.254'],
    ['169.254.255.255'],
    ['172.16.0.0'],
    ['172.31.255.255'],
    ['192.0.0.0'],
    ['192.0.0.255'],
    ['192.0.2.1'],
    ['192.88.99.1'],
    ['192.168.0.0'],
    ['192.168.255.255'],
    ['198.18.0.0'],
    ['198.19.255.255'],
    ['198.51.100.7'],
    ['203.0.113.9'],
    ['224.0.0.1'],
    ['239.255.255.255'],
    ['240.0.0.1'],
    ['255.255.255.255'],
  ])('refuses IPv4 %s', (ip) => {
    expect(isPublicAddress(ip)).toBe(false);
  });

  it.each([
    ['::'],
    ['::1'],
    ['0:0:0:0:0:0:0:1'],
    ['::127.0.0.1'], // deprecated IPv4-compatible
    ['fc00::1'],
    ['fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff'],
    ['fd00:ec2::254'], // AWS metadata
    ['fe80::1'],
    ['febf:ffff::1'],
    ['fec0::1'], // deprecated site-local
    ['ff00::'],
    ['ff02::1'],
    ['FF02::1'],
    ['100::1'], // discard-only
    ['2001:db8::1'],
    ['2001:db8:ffff:ffff:ffff:ffff:ffff:ffff'],
    ['2001::1'], // Teredo
    ['3fff::1'], // documentation
    ['64:ff9b:1::1'], // local-use NAT64
    ['1fff:ffff:ffff:ffff:ffff:ffff:ffff:ffff'], // just below global unicast
    ['4000::1'], // just above it
  ])('refuses IPv6 %s', (ip) => {
    expect(isPublicAddress(ip)).toBe(false);
  });

  it.each([
    ['::ffff:127.0.0.1'],
    ['::ffff:7f00:1'],
    ['::FFFF:7F00:1'],
    ['0:0:0:0:0:ffff:7f00:1'],
    ['0000:0000:0000:0000:0000:ffff:127.0.0.1'],
    ['::ffff:169.254.169.254'],
    ['::ffff:a9fe:a9fe'],
    ['::ffff:10.0.0.1'],
    ['::ffff:0.0.0.0'],
    ['64:ff9b::7f00:1'],
    ['64:ff9b::10.0.0.1'],
    ['2002:7f00:1::1'], // 6to4 of 127.0.0.1
    ['2002:a9fe:a9fe::1'],
  ])('judges the IPv4 address embedded in %s (private)', (ip) => {
    expect(isPublicAddress(ip)).toBe(false);
  });

  it.each([['::ffff:8.8.8.8'], ['::ffff:808:808'], ['64:ff9b::808:808'], ['64:ff9b::1.1.1.1'], ['2002:808:808::1']])(
    'judges the IPv4 address embedded in %s (public)',
    (ip) => {
      expect(isPublicAddress(ip)).toBe(true);
    },
  );

  it.each([
    ['8.8.8.8'],
    ['1.1.1.1'],
    ['9.255.255.255'],
    ['11.0.0.0'],
    ['100.63.255.255'],
    ['100.128.0.0'],
    ['126.255.255.255'],
    ['128.0.0.0'],
    ['169.253.255.255'],
    ['169.255.0.0'],
    ['172.15.255.255'],
    ['172.32.0.0'],
    ['192.0.1.255'],
    ['192.0.3.0'],
    ['192.167.255.255'],
    ['192.169.0.0'],
    ['198.17.255.255'],
    ['198.20.0.0'],
    ['223.255.255.255'],
    ['2606:4700::1111'],
    ['2606:4700:4700::1111'],
    ['2a00:1450:4001:830::200e'],
    ['2001:200::1'], // just past 2001::/23
    ['2001:dc8::1'],
    ['2000::1'],
    ['3ffe::1'],
  ])('accepts public %s', (ip) => {
    expect(isPublicAddress(ip)).toBe(true);
  });

  it.each([
    [''],
    ['2130706433'], // 127.0.0.1 as one number
    ['127.1'],
    ['0x7f.0.0.1'],
    ['0x7f000001'],
    ['017700000001'],
    ['0177.0.0.1'],
    ['127.0.0.01'],
    ['010.8.8.8'],
    ['8.8.8'],
    ['8.8.8.8.8'],
    ['256.1.1.1'],
    [' 8.8.8.8'],
    ['8.8.8.8 '],
    ['8.8.8.8:80'],
    ['[2606:4700::1111]'],
    ['[::1]'],
    ['2606:4700::1111%eth0'],
    ['fe80::1%eth0'],
    ['1::2::3'],
    [':::1'],
    ['2606:4700::11111'],
    ['gggg::1'],
    ['localhost'],
    ['example.com'],
  ])('refuses %j, which is not an IP address', (ip) => {
    expect(isPublicAddress(ip)).toBe(false);
  });

  it('refuses non-strings at run time', () => {
    expect(isPublicAddress(undefined as unknown as string)).toBe(false);
    expect(isPublicAddress(134744072 as unknown as string)).toBe(false);
  });
});

describe('parseAllowHosts', () => {
  it('splits on commas and whitespace, lower-casing entries', () => {
    expect(parseAllowHosts('Fixture.Test:3000, 127.0.0.1:8080\n[::1]:9000  localhost:80,')).toEqual(
      new Set(['fixture.test:3000', '127.0.0.1:8080', '[::1]:9000', 'localhost:80']),
    );
  });

  it('gives an empty set for an empty list', () => {
    expect(parseAllowHosts('')).toEqual(new Set());
    expect(parseAllowHosts(' , \t')).toEqual(new Set());
  });

  it('writes IPv6 hosts and ports the way URL does', () => {
    expect(parseAllowHosts('[0:0:0:0:0:0:0:1]:0080')).toEqual(new Set(['[::1]:80']));
    expect(parseAllowHosts('[FD00:EC2::254]:443')).toEqual(new Set(['[fd00:ec2::254]:443']));
  });

  it.each([
    ['localhost', /"localhost".*missing port/],
    ['127.0.0.1', /"127.0.0.1".*missing port/],
    ['[::1]', /"\[::1\]"/],
    ['localhost:', /"localhost:"/],
    [':80', /":80"/],
    ['host:0', /"host:0".*port out of range/],
    ['host:65536', /"host:65536".*port out of range/],
    ['host:123456', /"host:123456"/],
    ['host:abc', /"host:abc"/],
    ['host:80:90', /"host:80:90"/],
    ['::1:80', /"::1:80"/],
    ['[127.0.0.1]:80', /not an IPv6 address/],
    ['[::1%lo]:80', /not an IPv6 address/],
    ['http://host:80', /"http:\/\/host:80"/],
    ['user@host:80', /"user@host:80"/],
    ['-host:80', /not a valid host name/],
    ['ho..st:80', /not a valid host name/],
    ['127.1:80', /not a valid host name/],
    ['bücher.de:80', /not a valid host name/],
  ])('rejects %j, naming it', (entry, message) => {
    expect(() => parseAllowHosts(`ok.test:1, ${entry}`)).toThrow(message);
  });
});
