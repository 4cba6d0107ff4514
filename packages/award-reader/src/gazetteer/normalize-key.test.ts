import { describe, expect, it } from 'vitest';
import { normalizeKey } from './normalize-key.ts';

describe('normalizeKey', () => {
  it('folds case, punctuation, apostrophes and spaces, the same on every call', () => {
    for (let round = 0; round < 2; round++) {
      expect(normalizeKey("Lembang To'Pao")).toBe('lembang topao');
      expect(normalizeKey('  Kota   Tangerang-Selatan ')).toBe('kota tangerang selatan');
      expect(normalizeKey('ＰＴ Maju')).toBe('pt maju');
    }
  });

  it('keeps answering after its memory of folded names fills up', () => {
    for (let k = 0; k < 9000; k++) {
      normalizeKey(`Desa Nomor ${k}`);
    }
    expect(normalizeKey('Desa Nomor 1')).toBe('desa nomor 1');
    expect(normalizeKey('Kabupaten  Agam')).toBe('kabupaten agam');
  });
});
