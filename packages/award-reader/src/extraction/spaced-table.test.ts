import { describe, expect, it } from 'vitest';
import { barSpacedTables } from './spaced-table.ts';

describe('barSpacedTables', () => {
  it("writes a table parted by spaces with bars, by its header's columns", () => {
    expect(
      barSpacedTables([
        'Berikut penerima penghargaan:',
        'No Kategori Peringkat Penerima',
        '1 Pemerintah Kabupaten/Kota 1 Kabupaten Lombok Timur',
        '2 Badan Usaha Besar 2 PT Segara Anak Mandiri',
        'Demikian pengumuman ini.',
      ]),
    ).toEqual([
      'Berikut penerima penghargaan:',
      '| No | Kategori | Peringkat | Penerima |',
      '| 1 | Pemerintah Kabupaten/Kota | 1 | Kabupaten Lombok Timur |',
      '| 2 | Badan Usaha Besar | 2 | PT Segara Anak Mandiri |',
      'Demikian pengumuman ini.',
    ]);
  });

  it('reads the name before its category and rank', () => {
    expect(
      barSpacedTables([
        'No Nama Perusahaan Kategori Juara',
        '1 CV Kopi Rinjani usaha mikro kecil II',
      ]),
    ).toEqual([
      '| No | Nama Perusahaan | Kategori | Juara |',
      '| 1 | CV Kopi Rinjani | usaha mikro kecil | II |',
    ]);
  });

  it('leaves prose, and a header with no rows under it, as they are', () => {
    const lines = ['No Kategori Peringkat Penerima', 'Penghargaan diserahkan gubernur.'];
    expect(barSpacedTables(lines)).toEqual(lines);
    expect(barSpacedTables(['Nama dan kategori pemenang diumumkan.'])).toEqual([
      'Nama dan kategori pemenang diumumkan.',
    ]);
  });
});
