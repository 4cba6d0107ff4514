import { describe, expect, it } from 'vitest';
import { isRankedRow, readRankedRows } from './ranked-rows.ts';

describe('readRankedRows (rows written for these tests)', () => {
  it("reads an appendix's rows, each row without a category under the one above", () => {
    expect(
      readRankedRows([
        'NO. KATEGORI PEMENANG PERINGKAT',
        '1. Pemerintah Kabupaten/Kota Kabupaten Blora I (Satu)',
        'Kota Tegal II (Dua)',
        '2. Pemerintah Desa Desa Wonosari, Kec. Bonang, Kab. Demak I (Satu)',
        '3. Usaha Mikro Kecil CV Gerabah Mayong III (Tiga)',
      ]),
    ).toEqual([
      'NO. KATEGORI PEMENANG PERINGKAT',
      'Juara I kategori Pemerintah Kabupaten/Kota: Kabupaten Blora',
      'Juara II kategori Pemerintah Kabupaten/Kota: Kota Tegal',
      'Juara I kategori Pemerintah Desa: Desa Wonosari, Kec. Bonang, Kab. Demak',
      'Juara III kategori Usaha Mikro Kecil: CV Gerabah Mayong',
    ]);
  });

  it("takes the category from its own heading line, a note after the place, and a tie's two regions", () => {
    expect(
      readRankedRows([
        'II. PEMERINTAH DESA',
        '1. Desa Kuta, Kabupaten Lombok Tengah I (Satu)',
        '3 Pemerintah Kabupaten/Kota Kabupaten Ciamis Kota Banjar III (Tiga) Nilai sama',
      ]),
    ).toEqual([
      'II. PEMERINTAH DESA',
      'Juara I kategori PEMERINTAH DESA: Desa Kuta, Kabupaten Lombok Tengah',
      'Juara III kategori Pemerintah Kabupaten/Kota: Kabupaten Ciamis; Juara III kategori Pemerintah Kabupaten/Kota: Kota Banjar',
    ]);
  });

  it('keeps a winner whose own name opens with "Pemerintah Kabupaten", and other lines', () => {
    expect(readRankedRows(['Pemerintah Kabupaten Pati I (Satu)'])).toEqual([
      'Juara I: Pemerintah Kabupaten Pati',
    ]);
    const other = ['Diktum KESATU menetapkan pemenang.', 'Lampiran I', 'GUBERNUR JAWA TENGAH,'];
    expect(readRankedRows(other)).toEqual(other);
    expect(isRankedRow('Desa Lerep, Kec. Ungaran Barat II (Dua)')).toBe(true);
    expect(isRankedRow('Desa Lerep Juara Paritrana')).toBe(false);
  });
});
