import { describe, expect, it } from 'vitest';
import { bandsOf } from './syndication.ts';

const flip = (hash: string, bit: number) =>
  (BigInt(`0x${hash}`) ^ (1n << BigInt(bit))).toString(16).padStart(16, '0');

describe('bandsOf', () => {
  it('makes the requested number of bands', () => {
    expect(bandsOf('0123456789abcdef', 6)).toHaveLength(6);
  });

  it('leaves two hashes within the threshold sharing a band', () => {
    const a = '0123456789abcdef';
    let b = a;
    for (const bit of [0, 13, 27, 40, 63]) {
      b = flip(b, bit);
    }
    const shared = bandsOf(a, 6).filter((band) => bandsOf(b, 6).includes(band));
    expect(shared.length).toBeGreaterThan(0);
  });
});
