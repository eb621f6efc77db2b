import { describe, expect, it } from 'vitest';
import { classifyHostname, normaliseHostname } from '../../../src/fetch/address/hostname';

describe('classifyHostname', () => {
  it.each([
    ['localhost'],
    ['localhost.'],
    ['LOCALHOST'],
    ['app.localhost'],
    ['printer.local'],
    ['db.internal'],
    ['router.home.arpa'],
    ['nas.lan'],
    ['box.localdomain'],
    ['kubernetes.default.svc.cluster.local'],
  ])('%s is a local name', (name) => {
    expect(classifyHostname(name)).toBe('local_name');
  });

  it('a name without a dot is a local name, since search domains complete it', () => {
    expect(classifyHostname('intranet')).toBe('local_name');
  });

  it.each([
    ['metadata.google.internal'],
    ['metadata.google.internal.'],
    ['metadata.goog'],
    ['metadata'],
    ['instance-data'],
    ['instance-data.ec2.internal'],
  ])('%s is a cloud metadata name', (name) => {
    expect(classifyHostname(name)).toBe('metadata');
  });

  it.each([
    ['example.org'],
    ['digitalcredentials.github.io'],
    ['localhost.example.com'],
    ['internal.example.com'],
    ['my-local.org'],
  ])('%s may be looked up', (name) => {
    expect(classifyHostname(name)).toBeNull();
  });
});

describe('normaliseHostname', () => {
  it('lower-cases and drops trailing dots', () => {
    expect(normaliseHostname('Example.ORG..')).toBe('example.org');
  });
});
