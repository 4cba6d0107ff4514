import { describe, expect, it } from 'vitest';
import { bandsOf } from './syndication.ts';

const flip = (hash: string, bit: number) =>
  (BigInt(`0x${hash}`) ^ (1n << BigInt(bit))).toString(16).padStart(16, '0');

describe('bandsOf', () => {
  it('makes threshold + 1 bands', () => {
    expect(bandsOf('0123456789abcdef', 5)).toHaveLength(6);
  });

  it('leaves two hashes within the threshold sharing a band', () => {
    const a = '0123456789abcdef';
    let b = a;
    for (const bit of [0, 13, 27, 40, 63]) {
      b = flip(b, bit);
    }
    const shared = bandsOf(a, 5).filter((band) => bandsOf(b, 5).includes(band));
    expect(shared.length).toBeGreaterThan(0);
  });
});
