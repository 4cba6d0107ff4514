import { describe, expect, it } from 'vitest';
import { splitItems } from './split-items.ts';

describe('splitItems', () => {
  it('splits at commas, "dan", "serta" and semicolons with offsets', () => {
    const s = 'diraih oleh A, B dan C; serta D';
    const items = splitItems(s);
    expect(items.map((i) => i.text)).toEqual(['diraih oleh A', 'B', 'C', 'serta D']);
    for (const i of items) {
      expect(s.slice(i.start, i.end)).toBe(i.text);
    }
  });

  it('keeps "&" inside a name', () => {
    expect(splitItems('Amplang & Kerupuk Jaya, Toko Sari').map((i) => i.text)).toEqual([
      'Amplang & Kerupuk Jaya',
      'Toko Sari',
    ]);
  });

  it('opens a list at a parenthesis followed by a rank and keeps "juara 2 dan 3"', () => {
    expect(splitItems('Kategori X (Terbaik 2 A, Terbaik 1 B)').map((i) => i.text)).toEqual([
      'Kategori X',
      'Terbaik 2 A',
      'Terbaik 1 B',
    ]);
    expect(splitItems('A dan B sebagai juara 2 dan 3').map((i) => i.text)).toEqual([
      'A',
      'B sebagai juara 2 dan 3',
    ]);
  });

  it("keeps a name's own rank in parentheses with it, when no capitalised name follows the rank", () => {
    expect(
      splitItems('Kota A (Juara II kategori kota), Kabupaten B (Juara III kategori yang sama)').map(
        (i) => i.text,
      ),
    ).toEqual(['Kota A (Juara II kategori kota', 'Kabupaten B (Juara III kategori yang sama']);
  });
});
