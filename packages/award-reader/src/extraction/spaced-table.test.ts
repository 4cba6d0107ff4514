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
  it("takes a name the page wrapped onto the next line into its row's cell", () => {
    expect(
      barSpacedTables([
        'NO  NAMA                               KATEGORI                   PERINGKAT',
        '1   Pemerintah Kabupaten Hulu Sungai   Pemerintah Kabupaten/Kota  I',
        'Selatan',
        '2   Pemerintah Kota Banjarbaru         Pemerintah Kabupaten/Kota  II',
        '3   PT Kapuas Sawit Lestari            Badan Usaha Besar          I',
        'Sumber: Biro Hukum',
      ]),
    ).toEqual([
      '| NO | NAMA | KATEGORI | PERINGKAT |',
      '',
      '| 1 | Pemerintah Kabupaten Hulu Sungai Selatan | Pemerintah Kabupaten/Kota | I |',
      '| 2 | Pemerintah Kota Banjarbaru | Pemerintah Kabupaten/Kota | II |',
      '| 3 | PT Kapuas Sawit Lestari | Badan Usaha Besar | I |',
      'Sumber: Biro Hukum',
    ]);
    // (the last row's wrap, and its cell's words a mended "Kec.  Loa⏎Kulu" left apart)
    expect(
      barSpacedTables([
        'NO  KATEGORI          PERINGKAT  NAMA PEMENANG',
        '1   Pemerintah Desa   Juara I    Desa Jembayan, Kec.   Loa Kulu   ,',
        'Kab. Kutai Kartanegara',
      ]).at(-1),
    ).toBe(
      '| 1 | Pemerintah Desa | Juara I | Desa Jembayan, Kec. Loa Kulu, Kab. Kutai Kartanegara |',
    );
  });

  it('parts a category from the name beside it at a wide gap', () => {
    expect(
      barSpacedTables([
        'NO  KATEGORI                   PENERIMA                         PREDIKAT',
        '1   Pemerintah Kabupaten/Kota  Pemerintah Kabupaten Sleman      Terbaik I',
        '2   Pemerintah Kalurahan       Kalurahan Panggungharjo, Sewon   Terbaik I',
      ]).slice(1),
    ).toEqual([
      '| 1 | Pemerintah Kabupaten/Kota | Pemerintah Kabupaten Sleman | Terbaik I |',
      '| 2 | Pemerintah Kalurahan | Kalurahan Panggungharjo, Sewon | Terbaik I |',
    ]);
  });
  it("takes a category cut at its slash and a name's rest from one wrapped line, past a page's footer", () => {
    const out = barSpacedTables([
      'No  Kategori               Peringkat   Penerima',
      '1   Pemerintah Kabupaten/  Juara I     Kabupaten',
      'Kota                               Ngawi',
      'Siaran Pers Biro Humas                                        1',
      '2   Badan Usaha Besar      Juara I     PT Madiun Kereta Utama',
    ]).filter(Boolean);
    expect(out.slice(1)).toEqual([
      '| 1 | Pemerintah Kabupaten/Kota | Juara I | Kabupaten Ngawi |',
      '| 2 | Badan Usaha Besar | Juara I | PT Madiun Kereta Utama |',
    ]);
  });
});
