import { describe, expect, it } from 'vitest';
import { findWinners } from './find-winners.ts';

describe('findWinners: trophies named by rank', () => {
  it('reads "trofi Runner Up" as a rank, not as another award', () => {
    const found = findWinners('Kota Lestari juga membawa pulang trofi Runner Up kategori kota.');
    expect(found.map((c) => [c.name.text, c.rank?.rank])).toEqual([['Kota Lestari', 2]]);
  });

  it('reads "harus puas menjadi Runner Up" as a win of the second place', () => {
    const found = findWinners('Kota Lestari harus puas menjadi Runner Up di zona yang sama.');
    expect(found.map((c) => [c.name.text, c.rank?.rank])).toEqual([['Kota Lestari', 2]]);
  });

  it('hands out "masing-masing di posisi dua dan tiga" in order', () => {
    const found = findWinners('Kota Lestari dan Kota Makmur masing-masing di posisi dua dan tiga.');
    expect(found.map((c) => [c.name.text, c.rank?.rank])).toEqual([
      ['Kota Lestari', 2],
      ['Kota Makmur', 3],
    ]);
  });
});
