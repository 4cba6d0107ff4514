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
