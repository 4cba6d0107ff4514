import { describe, expect, it } from 'vitest';
import { mendText } from './mend-text.ts';

describe('mendText (written for this test)', () => {
  it('writes a year a scan read with letters for digits in digits, keeping the length', () => {
    const text = 'Kota Lubuklinggau meraih Juara I Paritrana Award 2O24 dan 2O2l tingkat provinsi.';
    const out = mendText(text);
    expect(out).toBe(
      'Kota Lubuklinggau meraih Juara I Paritrana Award 2024 dan 2021 tingkat provinsi.',
    );
    expect(out).toHaveLength(text.length);
    // (no word that only looks like one)
    expect(mendText('Kode 2OAB tetap.')).toBe('Kode 2OAB tetap.');
  });

  it("takes a chat's quote mark off before a list's number, keeping the length", () => {
    const text =
      'Rina: rekap juara:\n> 1. Kab. Bungo\n>2) Kota Jambi\n> catatan saja\nHarga > 2. Naik';
    const out = mendText(text);
    expect(out).toBe(
      'Rina: rekap juara:\n  1. Kab. Bungo\n 2) Kota Jambi\n> catatan saja\nHarga > 2. Naik',
    );
    expect(out).toHaveLength(text.length);
  });
});
