import { describe, expect, it } from 'vitest';
import { scanNames } from './scan-names.ts';

const texts = (s: string) => scanNames(s).map((n) => n.text);

describe('scanNames', () => {
  it('finds a bare region after a sentence-opening word', () => {
    expect(texts('Sebelumnya Banyuwangi juga tercatat sebagai penerima.')).toEqual(['Banyuwangi']);
  });

  it('keeps capitalized words joined by "&" before a marked name', () => {
    expect(texts('Di kategori UMKM, Amplang & Toko Etam Jaya meraih penghargaan.')).toEqual([
      'Amplang & Toko Etam Jaya',
    ]);
    expect(texts('Di & Toko Etam Jaya')).toEqual(['Toko Etam Jaya']);
  });

  it('reads "kategori kelurahan Paritrana Award" as a category, not a village', () => {
    expect(texts('meraih juara III kategori kelurahan Paritrana Award 2024.')).toEqual([]);
  });

  it('finds no region inside a longer capitalized name', () => {
    expect(texts('Festival Banyuwangi Ethno digelar.')).toEqual([]);
  });
});
