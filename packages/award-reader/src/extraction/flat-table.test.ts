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

  it('leaves other lines alone', () => {
    expect(readFlatTable('No Nama 1 berjalan.')).toBeNull();
    expect(readFlatTable('Kota Palembang meraih juara I.')).toBeNull();
  });
});
