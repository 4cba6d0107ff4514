import { describe, expect, it } from 'vitest';
import { isOpinionPiece } from './opinion-piece.ts';

const article = (text: string, url: string | null = null) => ({ id: 'x', url, text });

describe('isOpinionPiece', () => {
  it('reads the rubric from the address or a line of its own', () => {
    expect(isOpinionPiece(article('Judul', 'https://koran.id/opini/pelajaran-dari-juara'))).toBe(
      true,
    );
    expect(isOpinionPiece(article('OPINI\n\nMenimbang Penghargaan\n\nOleh: Ani, dosen'))).toBe(
      true,
    );
  });

  it("reads a columnist's byline", () => {
    expect(
      isOpinionPiece(article('Menimbang Juara\n\nOleh: Ani Lestari, dosen FISIP\n\nTeks.')),
    ).toBe(true);
  });

  it('ignores the word inside a story and a reporter byline', () => {
    expect(isOpinionPiece(article('Kota Batu meraih predikat opini WTP dari BPK.'))).toBe(false);
    expect(isOpinionPiece(article('Kota Batu Juara\nOleh : Budi\nSelasa, 2 Mei'))).toBe(false);
  });
});
