import { describe, expect, it } from 'vitest';
import { classifyIpv6, parseIpv6 } from '../../../src/fetch/address/ipv6';

function classify(address: string) {
  const parsed = parseIpv6(address);
  if (parsed === null) throw new Error(`test address ${address} does not parse`);
  return classifyIpv6(parsed);
}

describe('parseIpv6', () => {
  it('expands :: and reads a dotted IPv4 tail', () => {
    expect(parseIpv6('::1')).toBe(1n);
    expect(parseIpv6('::ffff:127.0.0.1')).toBe(parseIpv6('::ffff:7f00:1'));
    expect(parseIpv6('2001:db8::1')).toBe(parseIpv6('2001:0db8:0:0:0:0:0:0001'));
  });

  it('rejects malformed text', () => {
    for (const text of [
      '1::2::3',
      '1:2:3:4:5:6:7',
      '1:2:3:4:5:6:7:8:9',
      'fe80::1%eth0',
      '12345::',
    ]) {
      expect(parseIpv6(text)).toBeNull();
    }
  });

  it('accepts a dotted IPv4 part only at the very end', () => {
    expect(parseIpv6('1.2.3.4::')).toBeNull();
    expect(parseIpv6('::1.2.3.4:1')).toBeNull();
  });
});

describe('classifyIpv6 refuses every non-public range', () => {
  it.each([
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['::ffff:127.0.0.1', 'ipv4_embedded'],
    ['::ffff:7f00:1', 'ipv4_embedded'],
    ['::ffff:8.8.8.8', 'ipv4_embedded'],
    ['::127.0.0.1', 'ipv4_embedded'],
    ['::ffff:0:10.0.0.1', 'ipv4_embedded'],
    ['64:ff9b::127.0.0.1', 'ipv4_embedded'],
    ['64:ff9b::a9fe:a9fe', 'ipv4_embedded'],
    ['64:ff9b::10.1.2.3', 'ipv4_embedded'],
    ['64:ff9b:1::8.8.8.8', 'reserved'],
    ['2002:7f00:1::', 'ipv4_embedded'],
    ['2002:c0a8:101::1', 'ipv4_embedded'],
    ['100::1', 'reserved'],
    ['2001::1', 'reserved'],
    ['2001:db8::1', 'documentation'],
    ['3fff::1', 'documentation'],
    ['fc00::1', 'unique_local'],
    ['fdff:ffff::1', 'unique_local'],
    ['fe80::1', 'link_local'],
    ['febf::1', 'link_local'],
    ['fec0::1', 'private'],
    ['ff02::1', 'multicast'],
    ['4000::1', 'reserved'],
    ['::2', 'ipv4_embedded'],
  ])('%s is %s', (address, reason) => {
    expect(classify(address)).toBe(reason);
  });

  it('the AWS metadata endpoint fd00:ec2::254 is metadata', () => {
    expect(classify('fd00:ec2::254')).toBe('metadata');
  });
});

describe('classifyIpv6 allows public addresses', () => {
  it.each([
    ['2606:4700:4700::1111'],
    ['2001:4860:4860::8888'],
    ['2a00:1450:4001:80b::200e'],
    ['64:ff9b::8.8.8.8'],
    ['2002:808:808::1'],
  ])('%s is public', (address) => {
    expect(classify(address)).toBeNull();
  });
});
