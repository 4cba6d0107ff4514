import { describe, expect, it } from 'vitest';
import { editionOfText, provinceOfArticle } from './coverage.ts';

describe('editionOfText', () => {
  it('takes the year printed with the award', () => {
    expect(editionOfText('Penyerahan Paritrana Award 2023 digelar di Denpasar.', null)).toBe(2023);
    expect(editionOfText('Paritrana Awards tahun 2021 resmi diserahkan.', null)).toBe(2021);
  });

  it('falls back to the publication year, else null', () => {
    expect(editionOfText('Penghargaan diserahkan kemarin.', new Date('2024-09-01'))).toBe(2024);
    expect(editionOfText('Penghargaan diserahkan kemarin.', null)).toBeNull();
  });
});

describe('provinceOfArticle', () => {
  it('reads a province named in the title, by name or short form', () => {
    expect(provinceOfArticle('Gubernur Jatim serahkan Paritrana Award', null)).toBe('Jawa Timur');
    expect(provinceOfArticle('Upacara penghargaan di Kalimantan Barat', 'Bali')).toBe(
      'Kalimantan Barat',
    );
  });

  it("falls back to the outlet's province", () => {
    expect(provinceOfArticle('Penghargaan jaminan sosial diserahkan', 'Bali')).toBe('Bali');
    expect(provinceOfArticle(null, null)).toBeNull();
  });
});
