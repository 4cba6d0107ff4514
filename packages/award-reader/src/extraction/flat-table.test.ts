import { describe, expect, it } from 'vitest';
import { readFlatTable } from './flat-table.ts';

describe('readFlatTable', () => {
  it('reads a winners table flattened into one run of words as a list', () => {
    expect(
      readFlatTable(
        'No Nama Badan Usaha Kategori Peringkat 1 PT Lahat Karet Jaya Usaha Besar I 2 CV Pindang 17 Ilir Usaha Menengah II 3 Kerupuk Kemplang Ayu Usaha Kecil I',
      ),
    ).toBe(
      'Juara I kategori Usaha Besar: PT Lahat Karet Jaya; Juara II kategori Usaha Menengah: CV Pindang 17 Ilir; Juara I kategori Usaha Kecil: Kerupuk Kemplang Ayu',
    );
  });

  it('reads a flattened table whose category comes first in each row', () => {
    expect(
      readFlatTable(
        'No Kategori Pemenang Peringkat 1 Pemerintah Kabupaten/Kota Kota Bima I 2 Pemerintah Kabupaten/Kota Kabupaten Dompu II 3 Usaha Mikro Kecil UD Madu Sumbawa Lestari I',
      ),
    ).toBe(
      'Juara I kategori Pemerintah Kabupaten/Kota: Kota Bima; Juara II kategori Pemerintah Kabupaten/Kota: Kabupaten Dompu; Juara I kategori Usaha Mikro Kecil: UD Madu Sumbawa Lestari',
    );
  });

  it('reads a flattened table of category, rank and winner, and one whose rank column is "Predikat"', () => {
    expect(
      readFlatTable(
        'No Kategori Peringkat Penerima 1 Pemerintah Provinsi I Provinsi Jambi 2 Pemerintah Kabupaten/Kota II Kota Sungai Penuh 3 Usaha Kecil I UD Dodol Kentang Kerinci',
      ),
    ).toBe(
      'Juara I kategori Pemerintah Provinsi: Provinsi Jambi; Juara II kategori Pemerintah Kabupaten/Kota: Kota Sungai Penuh; Juara I kategori Usaha Kecil: UD Dodol Kentang Kerinci',
    );
    expect(
      readFlatTable(
        'No. Nama Instansi/Perusahaan Kategori Predikat 1 Kota Jambi Pemerintah Kabupaten/Kota Juara 1 2 PT Batanghari Karet Lestari Usaha Besar Juara 1 3 Desa Muara Jambi Indah Pemerintah Desa Juara 2',
      ),
    ).toBe(
      'Juara 1 kategori Pemerintah Kabupaten/Kota: Kota Jambi; Juara 1 kategori Usaha Besar: PT Batanghari Karet Lestari; Juara 2 kategori Pemerintah Desa: Desa Muara Jambi Indah',
    );
  });

  it('leaves other lines alone', () => {
    expect(readFlatTable('No Nama 1 berjalan.')).toBeNull();
    expect(readFlatTable('Kota Palembang meraih juara I.')).toBeNull();
  });
});
