import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences.ts';

describe('splitSentences', () => {
  it('splits at sentence ends but not after titles and degrees', () => {
    const texts = splitSentences({
      text: 'Penjabat Gubernur, Dr. H. Ahmad Sukamaju, M.Si., membuka acara. Acara berlangsung meriah.',
    }).map((s) => s.text);
    expect(texts).toEqual([
      'Penjabat Gubernur, Dr. H. Ahmad Sukamaju, M.Si., membuka acara.',
      'Acara berlangsung meriah.',
    ]);
  });

  it('marks the headline and the first body sentences as lead', () => {
    const sentences = splitSentences({
      title: 'Sukamaju Raih Paritrana Award',
      text: 'Menu\nKabupaten Sukamaju meraih penghargaan itu kemarin. Bupati hadir di sana. Ia bersyukur atas capaian ini.',
    });
    expect(sentences.map((s) => s.lead)).toEqual([true, false, true, true, false]);
  });

  it("parts a news ticker's items", () => {
    const texts = splitSentences({
      text: '▶ Juara 1 Kota Mamuju ▶ Gempa kecil tak berpotensi tsunami ▶',
    }).map((s) => s.text);
    expect(texts).toEqual(['Juara 1 Kota Mamuju', 'Gempa kecil tak berpotensi tsunami']);
  });

  it('drops lines that link to other stories', () => {
    const texts = splitSentences({
      text: 'Berita utama hari ini.\nBaca juga: Kota Lain Raih Paritrana Award\nBACA JUGA:Berita lain',
    }).map((s) => s.text);
    expect(texts).toEqual(['Berita utama hari ini.']);
  });
});
