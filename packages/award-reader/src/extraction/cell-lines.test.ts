import { describe, expect, it } from 'vitest';
import { readCellLines } from './cell-lines.ts';

describe('readCellLines', () => {
  it("reads a table printed one cell per line as rows on their last cell's line", () => {
    const lines = [
      'Peringkat',
      'Nama',
      '1',
      'Kabupaten Sintang',
      '2',
      'Kota Pontianak',
      'Bupati hadir.',
    ];
    expect(readCellLines(lines)).toEqual([
      '',
      '',
      '',
      'Juara 1: Kabupaten Sintang',
      '',
      'Juara 2: Kota Pontianak',
      'Bupati hadir.',
    ]);
  });

  it("ends the header before the first row's category, and drops a town after a name", () => {
    const lines = ['Kategori', 'Peringkat', 'Penerima', 'UMK', 'I', 'Tenun Ikat Ina Ros, Kupang'];
    expect(readCellLines(lines).filter(Boolean)).toEqual([
      'Juara I kategori UMK: Tenun Ikat Ina Ros',
    ]);
  });

  it("joins a rank's label on its own line to the winner below", () => {
    expect(readCellLines(['Peringkat kedua:', 'Provinsi Bali', 'Gubernur hadir.'])).toEqual([
      '',
      'Peringkat kedua: Provinsi Bali',
      'Gubernur hadir.',
    ]);
  });

  it("joins a rank's label with no colon to the name below, not to the award's banner line", () => {
    expect(readCellLines(['Juara 2', 'Kota Sukabumi', 'Juara 3', 'Kabupaten Garut'])).toEqual([
      '',
      'Juara 2: Kota Sukabumi',
      '',
      'Juara 3: Kabupaten Garut',
    ]);
    const banner = ['JUARA II', 'PARITRANA AWARD 2025', 'TINGKAT PROVINSI JAWA BARAT'];
    expect(readCellLines(banner)).toEqual(banner);
  });

  it("joins a card's label with its category, after a medal, to the name below", () => {
    expect(
      readCellLines([
        '🥇 JUARA 1 KAB/KOTA',
        'KOTA SAWAHLUNTO',
        '🥈 Juara 2 Pemerintah Desa',
        'Nagari Sungai Tarab Elok',
      ]),
    ).toEqual([
      '',
      '🥇 JUARA 1 KAB/KOTA: KOTA SAWAHLUNTO',
      '',
      '🥈 Juara 2 Pemerintah Desa: Nagari Sungai Tarab Elok',
    ]);
    const banner = ['JUARA 1 KATEGORI DESA', 'PARITRANA AWARD 2025'];
    expect(readCellLines(banner)).toEqual(banner);
  });

  it('leaves prose and lone header words alone', () => {
    const prose = ['Kategori', 'Kabupaten Sintang meraih juara I.', 'Nama baik daerah terjaga.'];
    expect(readCellLines(prose)).toEqual(prose);
  });
});

describe("readCellLines: a card's label, number and winner a line each (written for this test)", () => {
  it('reads "Peringkat" / "2" / "Kabupaten Pesawaran" as one place', () => {
    expect(
      readCellLines(['Peringkat', '2', 'Kabupaten Pesawaran', 'Peringkat', 'II', 'Kota Metro']),
    ).toEqual(['', '', 'Peringkat 2: Kabupaten Pesawaran', '', '', 'Peringkat II: Kota Metro']);
  });
});
