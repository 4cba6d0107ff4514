import { describe, expect, it } from 'vitest';
import { joinWrappedWords } from './line-wraps.ts';

describe('joinWrappedWords', () => {
  it('joins a word a line break split, keeping the length', () => {
    const text = 'Pada kategori itu, pering-\nkat pertama di-\nmenangkan Kota Lestari.';
    const out = joinWrappedWords(text);
    expect(out.replace(/\s+/g, ' ')).toBe(
      'Pada kategori itu, peringkat pertama dimenangkan Kota Lestari.',
    );
    expect(out).toHaveLength(text.length);
  });

  it('leaves no run of three spaces inside a name (a table-cell break)', () => {
    expect(joinWrappedWords('PT Nusantara Gar-\nmen Utama')).not.toMatch(/ {3}/);
  });

  it('keeps capitals after the break and hyphens inside a line', () => {
    for (const text of ['Kabupaten-\nKota', 'sektor usaha-kecil']) {
      expect(joinWrappedWords(text)).toBe(text);
    }
  });

  it('joins a repeated word with its hyphen on one line ("Kabupaten Toli-⏎toli")', () => {
    const text = 'Harapan II diraih Kabupaten Toli-\ntoli dan para pekerja-\npekerja hadir.';
    const out = joinWrappedWords(text);
    expect(out.replace(/\s+/g, ' ')).toBe(
      'Harapan II diraih Kabupaten Toli-toli dan para pekerja-pekerja hadir.',
    );
    expect(out).toHaveLength(text.length);
  });
});
