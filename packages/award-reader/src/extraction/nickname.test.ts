import { describe, expect, it } from 'vitest';
import { mainRegion } from './nickname.ts';

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
