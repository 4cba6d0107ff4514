import { describe, expect, it } from 'vitest';
import { archiveHeadings, dateYearSections } from './year-sections.ts';

describe("dateYearSections: an archive's year headings (written for this test)", () => {
  it('dates each line of places under a bare year and leaves the heading empty', () => {
    expect(
      dateYearSections([
        'Berikut daftar pemenang sejak 2022.',
        '2022',
        'Juara 1: Kabupaten Magetan',
        'Kategori Pemerintah Desa',
        'Juara 1: Desa Sumberejo',
        '2023',
        'Juara 1: Kabupaten Ngawi pada 2023',
        'Juara 2: Kota Madiun',
        'Redaksi akan memperbaruinya.',
        'Juara 1 lomba desa: Desa Kedungrejo',
      ]),
    ).toEqual([
      'Berikut daftar pemenang sejak 2022.',
      '',
      'Pada 2022, Juara 1: Kabupaten Magetan',
      'Kategori Pemerintah Desa',
      'Pada 2022, Juara 1: Desa Sumberejo',
      '',
      'Juara 1: Kabupaten Ngawi pada 2023',
      'Pada 2023, Juara 2: Kota Madiun',
      'Redaksi akan memperbaruinya.',
      'Juara 1 lomba desa: Desa Kedungrejo',
    ]);
  });

  it('leaves a year heading with no places under it as written', () => {
    const texts = ['2024', 'Bupati menyampaikan terima kasih.'];
    expect(dateYearSections(texts)).toEqual(texts);
  });
});

describe('archiveHeadings (written for this test)', () => {
  it('marks year headings only where two or more head sections', () => {
    expect(
      archiveHeadings(['Edisi 2022:', 'Juara 1: Kota Batu', 'Edisi 2023:', 'Juara 1: Kota Malang']),
    ).toEqual([true, false, true, false]);
    expect(archiveHeadings(['Paritrana Award 2025:', 'Juara 1: Kota Batu'])).toEqual([
      false,
      false,
    ]);
  });
});

describe('archiveHeadings: year-led lines (written for this test)', () => {
  it('marks them when the rest of the story names its edition, not in a bare timeline', () => {
    expect(
      archiveHeadings([
        'Tahun 2022, juara 1 diraih Kota Batu.',
        'Tahun 2023, giliran Kota Malang.',
        'Edisi 2025 yang diserahkan bulan ini menobatkan Kota Kediri.',
      ]),
    ).toEqual([true, true, false]);
    expect(
      archiveHeadings(['2023 — Terbaik 3 Paritrana Award', '2024 — Terbaik 2 Paritrana Award']),
    ).toEqual([false, false]);
  });
});
