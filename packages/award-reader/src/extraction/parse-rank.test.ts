import { describe, expect, it } from 'vitest';
import { findBareOrdinals, findRanks, rankValue } from './parse-rank.ts';

describe('rankValue', () => {
  it('reads digits, roman numerals and Indonesian ordinals', () => {
    expect(rankValue('1')).toBe(1);
    expect(rankValue('III')).toBe(3);
    expect(rankValue('kedua')).toBe(2);
    expect(rankValue('ke-2')).toBe(2);
    expect(rankValue('Pertama')).toBe(1);
    expect(rankValue('bergengsi')).toBeNull();
  });
});

describe('findRanks', () => {
  it('finds ranks after juara, terbaik, peringkat and posisi', () => {
    const text = 'Kota Batu meraih Juara 1, Desa Oro terbaik kedua dan PT Ayu peringkat III.';
    expect(findRanks(text).map((r) => [r.rank, r.label])).toEqual([
      [1, 'Juara 1'],
      [2, 'terbaik kedua'],
      [3, 'peringkat III'],
    ]);
  });

  it('reads "pemenang ketiga" as a rank, but no year after "pemenang"', () => {
    expect(findRanks('Pemenang ketiga adalah Kota Lestari').map((r) => r.rank)).toEqual([3]);
    expect(findRanks('pemenang 2024 diumumkan')).toEqual([]);
  });

  it('reads "posisi puncak" as the first place', () => {
    expect(findRanks('Kabupaten Lestari menduduki posisi puncak.').map((r) => r.rank)).toEqual([1]);
  });

  it('ignores words that are not ranks and money amounts', () => {
    expect(findRanks('penghargaan terbaik bagi daerah, juara 2.000.000')).toEqual([]);
  });

  it('reads a digit rank that ends the sentence', () => {
    expect(findRanks('Kota Batu harus puas sebagai Juara 3.')[0]?.rank).toBe(3);
    expect(findRanks('hadiah juara 2.5 juta')).toEqual([]);
  });

  it('reads runner-up as the second place', () => {
    expect(findRanks('Kota Batu menjadi runner-up kategori kota')[0]?.rank).toBe(2);
  });

  it('reads a quoted rank value', () => {
    expect(findRanks("meraih juara 'pertama' Paritrana Award")[0]?.rank).toBe(1);
    expect(findRanks('menempati peringkat “2” kategori kota')[0]?.rank).toBe(2);
  });

  it('reads a digit glued to its head by a typo', () => {
    expect(findRanks('meraih juara1 Paritrana Award')[0]?.rank).toBe(1);
    expect(findRanks('meraih Juara-2 Paritrana Award')[0]?.rank).toBe(2);
    expect(findRanks('para juara-juara daerah')).toEqual([]);
  });

  it('reads "The Best" as the first place', () => {
    expect(findRanks('dinobatkan sebagai The Best Province')[0]?.rank).toBe(1);
  });

  it('reads "melengkapi tiga besar" as the third place', () => {
    expect(findRanks('lalu Kota Batu melengkapi tiga besar.')[0]?.rank).toBe(3);
  });

  it('treats juara harapan as unranked', () => {
    expect(findRanks('meraih juara harapan I')[0]?.rank).toBeNull();
  });

  it('reads "kategori 3" only with a digit', () => {
    expect(findRanks('kategori 3 Desa Oro')[0]?.rank).toBe(3);
    expect(findRanks('kategori pertama')).toEqual([]);
  });
});

describe('findBareOrdinals', () => {
  it('finds ordinals outside rank expressions', () => {
    const text = 'yakni Kabupaten A, kedua Kabupaten B dan juara ketiga Kabupaten C';
    const found = findBareOrdinals(text, findRanks(text));
    expect(found.map((r) => r.rank)).toEqual([2]);
  });
});

describe('findRanks: an ordinal alone in parentheses (written for this test)', () => {
  it('reads "(pertama)" and "(kedua)" after names as ranks', () => {
    expect(findRanks('Kota Madiun (pertama) dan Kota Kediri (kedua)').map((r) => r.rank)).toEqual([
      1, 2,
    ]);
  });
});

describe("findRanks: a regional post's numbers (written for this test)", () => {
  it('reads "juara duo", "juara tigo", "juara loro" and "juara kahiji"', () => {
    expect(
      findRanks('juara duo Kabupaten Agam, juara tigo Kota Solok, juara loro, juara kahiji').map(
        (r) => r.rank,
      ),
    ).toEqual([2, 3, 2, 1]);
  });
});

describe('findRanks: how many times (written for this test)', () => {
  it('reads no place in "juara tiga kali berturut-turut"', () => {
    expect(findRanks('Desa Tenganan Juara Tiga Kali Berturut-turut')).toEqual([]);
    expect(findRanks('Kendal juara 2 kali dalam setahun')).toEqual([]);
    expect(findRanks('Kendal juara 2 tingkat nasional').map((r) => r.rank)).toEqual([2]);
  });
});

describe('findRanks: an honourable mention alone (written for this test)', () => {
  it('reads "Harapan I" as a place mention with no rank', () => {
    expect(findRanks('4    Kabupaten Berau    Harapan I').map((r) => [r.label, r.rank])).toEqual([
      ['Harapan I', null],
    ]);
  });
});
