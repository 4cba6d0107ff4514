import { describe, expect, it } from 'vitest';
import { rankSeries } from './rank-series.ts';

describe('rankSeries', () => {
  it('reads lists and ranges of ranks', () => {
    expect(rankSeries('Juara I, II dan III masing-masing diraih').ranks).toEqual([1, 2, 3]);
    expect(rankSeries('Juara I, II, dan III diraih secara berurutan').ranks).toEqual([1, 2, 3]);
    expect(rankSeries('peringkat pertama hingga ketiga ditempati').ranks).toEqual([1, 2, 3]);
    expect(rankSeries('juara 1 sampai 3 diraih').ranks).toEqual([1, 2, 3]);
  });

  it('finds no series in a single rank or an unranked label', () => {
    expect(rankSeries('Kota Batu meraih juara 1.').ranks).toEqual([]);
    expect(rankSeries('Juara harapan I dan II diraih').ranks).toEqual([]);
  });
});
