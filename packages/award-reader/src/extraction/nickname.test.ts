import { describe, expect, it } from 'vitest';
import { resolveName } from '../gazetteer/resolve-name.ts';
import { isLandNickname, mainRegion } from './nickname.ts';

// written for these tests
describe('mainRegion', () => {
  it('takes the regency or city of the dateline', () => {
    const text = 'Judul\n\nBITUNG – Pemerintah Kota Bitung meraih juara. Kota Tomohon kedua.';
    expect(mainRegion(text, text.split('. '))).toBe('Kota Bitung');
  });

  it('else the one named most often, and none on a tie', () => {
    const sentences = [
      'Pemerintah Kabupaten Rokan Hulu meraih peringkat pertama.',
      'Penghargaan diserahkan di Kota Pekanbaru.',
      'Rohul menerima Paritrana Award nasional pada 2019.',
    ];
    expect(mainRegion(sentences.join(' '), sentences)).toBe('Kabupaten Rokan Hulu');
    expect(mainRegion('', ['Kota Bitung dan Kota Tomohon.'])).toBeNull();
  });
});

describe('isLandNickname', () => {
  const who = (name: string) => resolveName(name, null);
  it('knows a land word, and "Negeri" before no Maluku village, as a nickname', () => {
    const bumi = who('Bumi Tadulako');
    const laskar = who('Negeri Laskar Pelangi');
    const passo = who('Negeri Passo');
    expect(bumi && isLandNickname('Bumi Tadulako', bumi)).toBe(true);
    expect(laskar && isLandNickname('Negeri Laskar Pelangi', laskar)).toBe(true);
    expect(passo && isLandNickname('Negeri Passo', passo)).toBe(false);
  });
});
