import { describe, expect, it } from 'vitest';
import { isRecordHead, recordRows } from './record-rows.ts';

describe('recordRows', () => {
  it("gives a winner's record rows their subject, a row of two places two clauses", () => {
    expect(
      recordRows([
        'Berikut rekam jejak Sleman di ajang Paritrana Award:',
        'Juara III tingkat Provinsi DIY pada 2022',
        'Juara I tingkat Provinsi DIY; Juara II tingkat nasional pada 2023',
        'Bupati berterima kasih kepada para lurah.',
        'Juara I tingkat Provinsi DIY pada 2024',
      ]),
    ).toEqual([
      'Berikut rekam jejak Sleman di ajang Paritrana Award:',
      'Sleman meraih Juara III tingkat Provinsi DIY pada 2022.',
      'Sleman meraih Juara I tingkat Provinsi DIY pada 2023; Sleman meraih Juara II tingkat nasional pada 2023.',
      'Bupati berterima kasih kepada para lurah.',
      // the record ended with the line before
      'Juara I tingkat Provinsi DIY pada 2024',
    ]);
  });
});

describe('recordRows: a capitalised head and rows with their year first', () => {
  it('reads "Rekam jejak X di ajang Paritrana:" over "2022: juara II tingkat Y"', () => {
    expect(
      recordRows([
        'Rekam jejak Pekalongan di ajang Paritrana:',
        '2022: juara II tingkat Jawa Tengah',
        '2023: juara I tingkat Jawa Tengah; terbaik II tingkat nasional',
      ]).slice(1),
    ).toEqual([
      'Pekalongan meraih juara II tingkat Jawa Tengah pada 2022.',
      'Pekalongan meraih juara I tingkat Jawa Tengah pada 2023; Pekalongan meraih terbaik II tingkat nasional pada 2023.',
    ]);
  });
});

describe("recordRows: rows naming the award's edition, another award's row between them", () => {
  it('reads "Juara 1 Paritrana Award 2022 tingkat …" under "rekam jejak Kabupaten X …:"', () => {
    expect(
      recordRows([
        'Berikut rekam jejak Kabupaten Ogan Ilir di bidang jaminan sosial:',
        'Juara 2 Paritrana Award 2022 tingkat Provinsi Sumatera Selatan',
        'Anugerah Pangripta Nusantara',
        'Terbaik I Paritrana Award 2024 tingkat Provinsi Sumatera Selatan',
        'Bupati berharap program itu berlanjut.',
        'Juara 1 Paritrana Award 2025 tingkat Provinsi Sumatera Selatan',
      ]).slice(1),
    ).toEqual([
      'Kabupaten Ogan Ilir meraih Juara 2 Paritrana Award 2022 tingkat Provinsi Sumatera Selatan.',
      'Anugerah Pangripta Nusantara',
      'Kabupaten Ogan Ilir meraih Terbaik I Paritrana Award 2024 tingkat Provinsi Sumatera Selatan.',
      'Bupati berharap program itu berlanjut.',
      'Juara 1 Paritrana Award 2025 tingkat Provinsi Sumatera Selatan',
    ]);
  });
});

describe("recordRows: a table's rows with the year after a colon (written for this test)", () => {
  it('reads "Juara I kategori …: 2022" under the head, past a line left empty', () => {
    expect(
      recordRows([
        'Berikut rekam jejak Tarakan di ajang Paritrana tingkat Kaltara:',
        '',
        'Juara I kategori Pemerintah Kabupaten/Kota: 2022',
        'Juara II kategori Pemerintah Kabupaten/Kota: 2024',
      ]).slice(1),
    ).toEqual([
      '',
      'Tarakan meraih Juara I kategori Pemerintah Kabupaten/Kota pada 2022.',
      'Tarakan meraih Juara II kategori Pemerintah Kabupaten/Kota pada 2024.',
    ]);
  });
});

describe('recordRows: two places in one row, and a stage after the year (written for this test)', () => {
  it('writes each place of "Juara I …, lalu Terbaik II nasional" and "Juara III: 2022, Provinsi Kaltara"', () => {
    expect(
      recordRows([
        'Berikut jejak Kota Tarakan di Paritrana Award:',
        '2024: Juara I tingkat Provinsi Kalimantan Utara, lalu Terbaik II nasional',
        'Juara III: 2022, Provinsi Kalimantan Utara',
      ]).slice(1),
    ).toEqual([
      'Kota Tarakan meraih Juara I tingkat Provinsi Kalimantan Utara pada 2024; Kota Tarakan meraih Terbaik II nasional pada 2024.',
      'Kota Tarakan meraih Juara III tingkat Provinsi Kalimantan Utara pada 2022.',
    ]);
    expect(isRecordHead('Rekam jejak PT Sinar Tarakan di Paritrana Award Kaltara:')).toBe(true);
  });
});

describe('recordRows: a head that refers back (written for this test)', () => {
  it('gives the rows under "catatan kota … itu" to the one named just before', () => {
    expect(
      recordRows([
        'Bagi Kota Tarakan, ini bukan yang pertama.',
        'Berikut catatan kota udang itu di ajang yang sama:',
        'Juara II: 2022, Provinsi Kalimantan Utara',
      ])[2],
    ).toBe('Kota Tarakan meraih Juara II tingkat Provinsi Kalimantan Utara pada 2022.');
    // ("rekam jejak perusahaan di ajang ini": a place's "ini", no one referred to)
    expect(
      recordRows([
        'Kabupaten Klaten menyerahkan piagam.',
        'Rekam jejak perusahaan di ajang ini:',
        'Juara II: 2022',
      ])[2],
    ).toBe('Juara II: 2022');
  });
});
