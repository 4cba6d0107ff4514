import { describe, expect, it } from 'vitest';
import { joinAdvertLines } from './advert-lines.ts';
import { extractAwards } from './extract-awards.ts';

const ADVERT =
  'ADVERTORIAL\n\nSELAMAT DAN SUKSES\n\nKepada\nPemerintah Kabupaten Pesawaran\n\nAtas diraihnya\nJUARA II PARITRANA AWARD 2025\nTingkat Provinsi Lampung\n\nSemoga terus menjadi pelopor perlindungan pekerja.\n\nDari kami,\nKeluarga Besar Koperasi Sumber Rezeki';

describe('joinAdvertLines', () => {
  it("joins an advert's lines into its sentence, keeping every offset", () => {
    const joined = joinAdvertLines(ADVERT);
    expect(joined).toHaveLength(ADVERT.length);
    expect(joined).toContain(
      'SELAMAT DAN SUKSES  Kepada Pemerintah Kabupaten Pesawaran  Atas diraihnya JUARA II PARITRANA AWARD 2025 Tingkat Provinsi Lampung\n',
    );
    expect(joined).toContain('\nDari kami,\nKeluarga Besar');
  });

  it('leaves text without a prize after "Kepada" as it is', () => {
    const text = 'Kepada\nYth. Bapak Bupati\nDi tempat';
    expect(joinAdvertLines(text)).toBe(text);
  });

  it("lets the reader find the advert's winner, as a current win", () => {
    expect(
      extractAwards({ id: 'a', text: ADVERT }).map((a) => [
        a.winnerCanonical,
        a.rank,
        a.historical,
      ]),
    ).toEqual([['Kabupaten Pesawaran', 2, false]]);
  });
});

describe("joinAdvertLines: each winner's own lines (written for these tests)", () => {
  const text = [
    'DPRD KABUPATEN MALANG',
    'mengucapkan',
    'SELAMAT & SUKSES',
    'kepada Pemerintah Kabupaten Malang',
    'Juara II Paritrana Award 2026 Tingkat Provinsi Jawa Timur',
    'Kategori Pemerintah Kabupaten/Kota',
    'dan kepada Pemerintah Desa Pujon Kidul',
    'Juara I Paritrana Award 2026 Tingkat Provinsi Jawa Timur',
    'Kategori Pemerintah Desa',
    '',
    'Terus lindungi pekerja.',
  ].join('\n');

  it('joins each "kepada X" line with its prize, up to the next or a blank line', () => {
    const lines = joinAdvertLines(text).split('\n');
    expect(lines[3]).toBe(
      'kepada Pemerintah Kabupaten Malang Juara II Paritrana Award 2026 Tingkat Provinsi Jawa Timur Kategori Pemerintah Kabupaten/Kota',
    );
    expect(lines[4]).toMatch(
      /^dan kepada Pemerintah Desa Pujon Kidul Juara I .*Kategori Pemerintah Desa$/,
    );
    expect(joinAdvertLines(text).length).toBe(text.length);
  });

  it('ranks both winners', () => {
    expect(
      extractAwards({ id: 'a', text }).map((a) => [a.winnerCanonical, a.rank, a.category]),
    ).toEqual([
      ['Kabupaten Malang', 2, 'Pemerintah Kabupaten/Kota'],
      ['Desa Pujon Kidul', 1, 'Pemerintah Desa'],
    ]);
  });
});

describe('joinAdvertLines: a banner in capitals (written for this test)', () => {
  it('joins the greeting, the name and the prize under it', () => {
    const text =
      'SELAMAT & SUKSES\nKOTA TARAKAN\nJUARA I PARITRANA AWARD 2025\nTINGKAT PROVINSI KALIMANTAN UTARA\n\nDari Keluarga Besar Perumda Tirta Alam';
    expect(joinAdvertLines(text).split('\n')[0]).toBe(
      'SELAMAT & SUKSES KOTA TARAKAN JUARA I PARITRANA AWARD 2025 TINGKAT PROVINSI KALIMANTAN UTARA',
    );
  });
});
