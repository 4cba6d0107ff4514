import { describe, expect, it } from 'vitest';
import {
  fallbackRank,
  inlineNumbersAsRanks,
  listNumber,
  numbersRestartByGroup,
} from './rank-fallback.ts';

const rankOf = (text: string, name: string, numbered: number | null = null) => {
  const start = text.indexOf(name);
  return fallbackRank(text, { start, end: start + name.length }, numbered)?.rank;
};

describe('fallbackRank', () => {
  it('takes the number of the list line the name opens', () => {
    expect(listNumber('2) Kabupaten Lestari')).toBe(2);
    expect(listNumber('  (3) Provinsi Lestari')).toBe(3);
    expect(listNumber('Kabupaten Lestari')).toBeNull();
    expect(rankOf('Kabupaten Lestari', 'Kabupaten Lestari', 2)).toBe(2);
    expect(
      rankOf('Kota Sumber meraih penghargaan bersama Kota Jati', 'Kota Jati', 3),
    ).toBeUndefined();
  });

  it('takes a bare ordinal right after the name in a series of places', () => {
    const text =
      'Hasilnya menempatkan Kabupaten Jati di urutan pertama, Kota Lestari kedua dan Kabupaten Sumber ketiga.';
    expect(rankOf(text, 'Kota Lestari')).toBe(2);
    expect(rankOf(text, 'Kabupaten Sumber')).toBe(3);
    expect(rankOf('Juara I diraih Kota A, Kota B di posisi kedua.', 'Kota B')).toBe(2);
  });

  it('leaves a repeat count and a name outside a series alone', () => {
    expect(rankOf('Juara I diraih Kota A untuk kedua kalinya.', 'Kota A')).toBeUndefined();
    expect(rankOf('Bupati Kabupaten Jati kedua, katanya.', 'Kabupaten Jati')).toBeUndefined();
  });

  it('reads a series of names by bare ordinals, "pertama" included', () => {
    const s =
      'Untuk kategori pemerintah, Kota Lestari pertama, Kabupaten Jati kedua, Kota Sari ketiga.';
    const at = (name: string) => ({ start: s.indexOf(name), end: s.indexOf(name) + name.length });
    expect(fallbackRank(s, at('Kota Lestari'))?.rank).toBe(1);
    expect(fallbackRank(s, at('Kota Sari'))?.rank).toBe(3);
    // one "pertama" is no series: "Kota Lestari pertama kali ikut"
    const once = 'Kota Lestari pertama, lalu ikut lagi.';
    expect(fallbackRank(once, { start: 0, end: 12 })).toBeNull();
  });
});

describe('numbersRestartByGroup', () => {
  it('is true for lists numbered afresh under each category', () => {
    const text = [
      'Berikut penerima penghargaan tahun ini:',
      'Badan Usaha Besar',
      '1. PT Sumber Lestari',
      '2. PT Jati Makmur',
      'Usaha Mikro',
      '1. Warung Sari Rasa',
    ].join('\n');
    expect(numbersRestartByGroup(text)).toBe(true);
  });

  it('is false for one running count, a long list or numbers out of order', () => {
    const categories = [
      '1. Kategori Pemerintah Kota',
      '2. Kategori Badan Usaha',
      '3. Kategori Desa',
    ];
    expect(numbersRestartByGroup(categories.join('\n'))).toBe(false);
    const long = [1, 2, 3, 4, 5, 6].map((n) => `${n}. PT Nomor ${n}`);
    expect(numbersRestartByGroup([...long, '1. PT Lain', '2. PT Lagi'].join('\n'))).toBe(false);
    expect(numbersRestartByGroup(['1. A', '3. B', '1. C'].join('\n'))).toBe(false);
  });
});

describe('inline lists numbered afresh under each category', () => {
  const text =
    'Kategori Pemerintah Desa: 1) Desa Wae Rebo, Manggarai; 2) Desa Koja Doi, Sikka.\nKategori Usaha Mikro: 1) Tenun Ikat Lio Indah; 2) Kopi Bajawa Sejati.';

  it('count as groups restarting at 1', () => {
    expect(numbersRestartByGroup(text)).toBe(true);
    expect(numbersRestartByGroup('Pemenangnya 1) Kota A; 2) Kota B; 3) Kota C.')).toBe(false);
  });

  it('are written as ranks, and a lone number is left alone', () => {
    expect(
      inlineNumbersAsRanks('Kategori Usaha Mikro: 1) Tenun Ikat Lio Indah; 2) Kopi Bajawa Sejati.'),
    ).toBe('Kategori Usaha Mikro: juara 1 Tenun Ikat Lio Indah; juara 2 Kopi Bajawa Sejati.');
    expect(inlineNumbersAsRanks('Lihat lampiran 1) Surat Keputusan.')).toBe(
      'Lihat lampiran 1) Surat Keputusan.',
    );
  });
});

describe('roman-numbered lists', () => {
  it('restart in groups, and a roman list line has its number', () => {
    const text = [
      'KATEGORI PEMERINTAH KABUPATEN/KOTA',
      'I. Kota Sawahlunto',
      'II. Kabupaten Solok',
      'KATEGORI PEMERINTAH NAGARI',
      'I. Nagari Koto Baru',
    ].join('\n');
    expect(numbersRestartByGroup(text)).toBe(true);
    expect(listNumber('II. Kabupaten Solok')).toBe(2);
  });
});

describe('fallbackRank: a spaced roman list (written for this test)', () => {
  it("ranks a line's name by its number when a spaced column left the number before it", () => {
    const text = 'I., Kabupaten Wajo';
    expect(fallbackRank(text, { start: 4, end: text.length }, 1)?.rank).toBe(1);
    const noted = 'Catatan I., Kabupaten Wajo';
    expect(fallbackRank(noted, { start: 12, end: noted.length }, 1)).toBeNull();
  });
});
