import type { WinnerType } from '../types.ts';
import { parseCategory, typeOfCategory } from './parse-category.ts';

// "pada kategori yang sama", "di kategori tersebut": the category named last
const SAME = /\bkategori\s+(?:yang\s+sama|serupa|tersebut|itu)\b/i;
const KIN: Partial<Record<WinnerType, WinnerType>> = { kota: 'kabupaten', kelurahan: 'desa' };

/** The categories an article has named so far, to fill winners whose sentence names none. */
export interface CategoryMemory {
  /** Records the category a sentence names, if any. */
  note(sentence: string): void;
  /** The category named last, when the sentence says "kategori yang sama". */
  same(sentence: string): string | null;
  /** The latest category named for winners of a type ("Kategori UMKM …" for a UMKM). */
  ofType(type: WinnerType): string | null;
}

/** Starts an empty memory for one article. */
export function createCategoryMemory(): CategoryMemory {
  const seen: string[] = [];
  return {
    note(sentence) {
      const c = parseCategory(sentence);
      if (c) {
        seen.push(c);
      }
    },
    same(sentence) {
      return SAME.test(sentence) ? (seen[seen.length - 1] ?? null) : null;
    },
    ofType(type) {
      const want = KIN[type] ?? type;
      return seen.findLast((c) => typeOfCategory(c) === want) ?? null;
    },
  };
}
