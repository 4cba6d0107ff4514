import { describe, expect, it } from 'vitest';
import { splitByTime } from './time-split.ts';

const ranks = (s: string) => {
  const split = splitByTime(s);
  return split ? [split.past.rank, split.now.rank] : null;
};

describe('splitByTime', () => {
  it("sets last year's rank against this year's", () => {
    expect(ranks('Kota Bogor, yang tahun lalu meraih juara 2, tahun ini meraih juara 1.')).toEqual([
      2, 1,
    ]);
    expect(ranks('Tahun lalu Kota Bogor juara 3, kini juara 2.')).toEqual([3, 2]);
  });

  it('needs both times to carry a rank', () => {
    expect(ranks('Kota Bogor tahun ini meraih juara 1.')).toBeNull();
    expect(ranks('Tahun lalu Kota Bogor juara 2 Paritrana Award.')).toBeNull();
  });
});
