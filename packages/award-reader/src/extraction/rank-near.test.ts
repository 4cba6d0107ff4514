import { describe, expect, it } from 'vitest';
import { leadingRank, rankIn } from './rank-near.ts';

describe('rankIn', () => {
  it('reads a numeral in parentheses right after a name', () => {
    const s = 'Kota Lestari (II), Kabupaten Jati (III)';
    expect(rankIn(s, 12, 17)?.rank).toBe(2);
    expect(rankIn('Kota Lestari (II', 12, 16)?.rank).toBe(2);
    expect(rankIn('Kota Lestari (2024)', 12, 19)).toBeNull();
  });

  it('reads a bare ordinal after "di tempat"', () => {
    const s = 'Kota Lestari berada di tempat kedua.';
    expect(rankIn(s, 0, s.length)?.rank).toBe(2);
  });
});

describe('leadingRank', () => {
  it('reads "Juara Harapan:" as an unranked list label', () => {
    const lead = leadingRank('Juara Harapan: Kopi Senja');
    expect(lead).toMatchObject({ rank: null, length: 'Juara Harapan: '.length });
  });

  it('reads a dash after a rank label: "Juara 1 – Kota Lestari"', () => {
    expect(leadingRank('Juara 1 – Kota Lestari')).toMatchObject({ length: 'Juara 1 – '.length });
  });

  it('reads "juara harapan II" and "posisi kedua" opening an item', () => {
    expect(leadingRank('juara harapan II Kabupaten Buru')).toMatchObject({ length: 17 });
    expect(leadingRank('posisi kedua Kerupuk Bang Udin')?.rank?.rank).toBe(2);
  });

  it('keeps "Juara Harapan" without a colon out of the label', () => {
    expect(leadingRank('Juara 2 Harapan Jaya')?.length).toBe('Juara 2 '.length);
  });
});
