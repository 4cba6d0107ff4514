import { describe, expect, it } from 'vitest';
import { breakInlineLinks } from './inline-links.ts';

describe('breakInlineLinks', () => {
  it('puts a link pasted inside a paragraph on a line of its own, every offset kept', () => {
    const text =
      'Harga cabai naik tajam pekan ini. Baca Juga: Kabupaten Kendal Raih Juara II Paritrana Award 2025 di Semarang Pedagang pasar mengeluhkan sepinya pembeli.';
    const out = breakInlineLinks(text);
    expect(out).toHaveLength(text.length);
    expect(out.split('\n')).toEqual([
      'Harga cabai naik tajam pekan ini.',
      'Baca Juga: Kabupaten Kendal Raih Juara II Paritrana Award 2025 di Semarang',
      'Pedagang pasar mengeluhkan sepinya pembeli.',
    ]);
    // mended text mends to itself
    expect(breakInlineLinks(out)).toBe(out);
  });

  it('ends a headline not in Title Case at the end of its sentence, and leaves line-opening links', () => {
    expect(
      breakInlineLinks(
        'Rapat digelar Senin. Simak juga: kota ini raih juara lagi. Wali kota hadir.',
      ).split('\n'),
    ).toEqual([
      'Rapat digelar Senin.',
      'Simak juga: kota ini raih juara lagi.',
      'Wali kota hadir.',
    ]);
    const lineLink = 'Baca juga: Desa Sukamaju Juara I\nIsi berita.';
    expect(breakInlineLinks(lineLink)).toBe(lineLink);
  });
});
