import { describe, expect, it } from 'vitest';
import type { RecordedSource } from './award.ts';
import {
  categoriesAgree,
  conflictSignature,
  countCorroboration,
  detectConflicts,
  preferredValue,
  recordConfidence,
} from './award-derive.ts';

const src = (articleId: string, over: Partial<RecordedSource> = {}): RecordedSource => ({
  articleId,
  url: `https://x.id/${articleId}`,
  outlet: 'x.id',
  publishedAt: null,
  evidence: 'e',
  extractorVersion: 'v',
  confidence: 0.8,
  historical: false,
  rank: 1,
  category: 'Pemerintah Kabupaten/Kota',
  clusterId: null,
  recordedAt: new Date(0),
  editionYear: 2024,
  level: 'provinsi',
  ...over,
});

describe('detectConflicts', () => {
  it('finds none when sources agree or say nothing', () => {
    expect(detectConflicts([src('a'), src('b', { rank: null, category: null })])).toEqual([]);
  });

  it('lists each disagreeing value with the articles that stated it', () => {
    const conflicts = detectConflicts([src('a'), src('b', { rank: 2 }), src('c')]);
    expect(conflicts).toEqual([
      {
        field: 'rank',
        values: [
          { value: 1, articleIds: ['a', 'c'] },
          { value: 2, articleIds: ['b'] },
        ],
      },
    ]);
    expect(conflictSignature(conflicts[0]!)).toBe('rank=1/2');
  });

  it('treats different wording of one category as agreement, different sectors as conflict', () => {
    expect(categoriesAgree('Sektor Keuangan', 'Badan Usaha - Sektor Jasa Keuangan')).toBe(true);
    expect(categoriesAgree('Sektor Keuangan', 'Sektor Pendidikan')).toBe(false);
    const c = detectConflicts([
      src('a', { category: 'Sektor Keuangan' }),
      src('b', { category: 'Sektor Pendidikan' }),
    ]);
    expect(c.map((x) => x.field)).toEqual(['category']);
  });

  it('reports edition year and level disagreements', () => {
    const c = detectConflicts([src('a'), src('b', { editionYear: 2023, level: 'nasional' })]);
    expect(c.map((x) => x.field)).toEqual(['editionYear', 'level']);
  });
});

describe('corroboration and confidence', () => {
  it('counts syndicated copies of one story once', () => {
    const sources = [
      src('a', { outlet: 'satu.id', clusterId: 'k1' }),
      src('b', { outlet: 'dua.id', clusterId: 'k1' }),
      src('c', { outlet: 'tiga.id', clusterId: 'k1' }),
      src('d', { outlet: 'tiga.id' }),
    ];
    expect(countCorroboration(sources)).toEqual({ outletCount: 3, clusterCount: 2 });
  });

  it('halves the weight of historical mentions', () => {
    expect(recordConfidence([src('a', { historical: true, confidence: 0.8 })])).toBe(0.4);
    expect(recordConfidence([src('a', { historical: true }), src('b')])).toBe(0.8);
  });

  it('prefers the value most independent stories stated', () => {
    const sources = [
      src('a', { rank: 2 }),
      src('b', { rank: 1, clusterId: 'k' }),
      src('c', { rank: 1, clusterId: 'k' }),
      src('d', { rank: 1 }),
    ];
    expect(preferredValue(sources, 'rank')).toBe(1);
    expect(preferredValue([src('a', { rank: 3 }), src('b', { rank: 1 })], 'rank')).toBe(3);
  });
});
