import { describe, expect, it } from 'vitest';
import { classifyIpv4, parseIpv4 } from '../../../src/fetch/address/ipv4';

function classify(address: string) {
  const parsed = parseIpv4(address);
  if (parsed === null) throw new Error(`test address ${address} does not parse`);
  return classifyIpv4(parsed);
}

describe('parseIpv4', () => {
  it('parses dotted decimal to a 32-bit number', () => {
    expect(parseIpv4('127.0.0.1')).toBe(0x7f000001);
    expect(parseIpv4('255.255.255.255')).toBe(0xffffffff);
  });

  it('rejects octets over 255, short forms and names', () => {
    expect(parseIpv4('256.0.0.1')).toBeNull();
    expect(parseIpv4('127.1')).toBeNull();
    expect(parseIpv4('example.com')).toBeNull();
  });
});

describe('classifyIpv4 refuses every non-public range', () => {
  it.each([
    ['0.0.0.0', 'unspecified'],
    ['0.255.255.255', 'unspecified'],
    ['10.0.0.1', 'private'],
    ['10.255.255.255', 'private'],
    ['100.64.0.1', 'shared'],
    ['100.127.255.255', 'shared'],
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['169.254.0.1', 'link_local'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.0.0.8', 'reserved'],
    ['192.0.2.1', 'documentation'],
    ['192.88.99.1', 'reserved'],
    ['192.168.1.1', 'private'],
    ['198.18.0.1', 'reserved'],
    ['198.19.255.255', 'reserved'],
    ['198.51.100.7', 'documentation'],
    ['203.0.113.9', 'documentation'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['240.0.0.1', 'reserved'],
    ['255.255.255.255', 'reserved'],
  ])('%s is %s', (address, reason) => {
    expect(classify(address)).toBe(reason);
  });

  it.each([['169.254.169.254'], ['169.254.170.2'], ['100.100.100.200'], ['192.0.0.192']])(
    'cloud metadata endpoint %s is metadata',
    (address) => {
      expect(classify(address)).toBe('metadata');
    },
  );
});

describe('classifyIpv4 allows public addresses, including the edges of the ranges', () => {
  it.each([
    ['1.1.1.1'],
    ['8.8.8.8'],
    ['9.255.255.255'],
    ['11.0.0.0'],
    ['100.63.255.255'],
    ['100.128.0.0'],
    ['126.255.255.255'],
    ['128.0.0.0'],
    ['172.15.255.255'],
    ['172.32.0.0'],
    ['192.167.255.255'],
    ['192.169.0.0'],
    ['185.199.108.153'],
    ['223.255.255.255'],
  ])('%s is public', (address) => {
    expect(classify(address)).toBeNull();
  });
});
