// The bitstring itself: Multibase base64url GZIP expansion and the bit order of §3.2.
import { describe, expect, it } from 'vitest';
import { expandEncodedList, readStatus } from '../../../src/verify/status/bitstring';
import { base64Url, bitstring, encodedList, gzip } from './support/lists';

describe('readStatus', () => {
  it('reads bit 0 from the most significant bit of the first byte', () => {
    const bits = new Uint8Array([0b1000_0000, 0]);

    expect([readStatus(bits, 0, 1), readStatus(bits, 1, 1), readStatus(bits, 7, 1)]).toEqual([
      1, 0, 0,
    ]);
  });

  it('reads bit 7 from the least significant bit of the first byte', () => {
    const bits = new Uint8Array([0b0000_0001, 0]);

    expect([readStatus(bits, 7, 1), readStatus(bits, 8, 1)]).toEqual([1, 0]);
  });

  it('reads a multi-bit entry most significant bit first', () => {
    const bits = bitstring(64, { 3: 0b10, 4: 0b01 }, 2);

    expect([readStatus(bits, 3, 2), readStatus(bits, 4, 2), readStatus(bits, 5, 2)]).toEqual([
      2, 1, 0,
    ]);
  });

  it('gives null for an entry past the end of the list', () => {
    const bits = new Uint8Array(2);

    expect([readStatus(bits, 15, 1), readStatus(bits, 16, 1), readStatus(bits, 8, 2)]).toEqual([
      0,
      null,
      null,
    ]);
  });
});

describe('expandEncodedList', () => {
  it('expands a Multibase (u) base64url GZIP list', async () => {
    const bits = bitstring(1024, { 5: 1 });

    const expanded = await expandEncodedList(await encodedList(bits));

    expect(expanded).toEqual({ ok: true, bits });
  });

  it('accepts an older list without the Multibase prefix', async () => {
    const bits = bitstring(1024, { 9: 1 });

    const expanded = await expandEncodedList(await encodedList(bits, ''));

    expect(expanded).toEqual({ ok: true, bits });
  });

  it('refuses text that is not base64url', async () => {
    expect(await expandEncodedList('u!!not base64!!')).toEqual({ ok: false, problem: 'encoding' });
  });

  it('refuses bytes that are not GZIP', async () => {
    const notGzip = `u${base64Url(new TextEncoder().encode('plain text, not compressed'))}`;

    expect(await expandEncodedList(notGzip)).toEqual({ ok: false, problem: 'compression' });
  });

  it('refuses a truncated GZIP stream', async () => {
    const compressed = await gzip(bitstring(4096, { 1: 1 }));

    const truncated = `u${base64Url(compressed.slice(0, compressed.byteLength - 6))}`;

    expect(await expandEncodedList(truncated)).toEqual({ ok: false, problem: 'compression' });
  });
});

describe('attack: a decompression bomb', () => {
  it('stops inflating past 16 MiB', async () => {
    const bomb = await encodedList(new Uint8Array(17 * 1024 * 1024));

    expect(await expandEncodedList(bomb)).toEqual({ ok: false, problem: 'too_large' });
  });
});
