import { describe, expect, it } from 'vitest';
import { foldsOf, storyClusters } from './story-clusters.ts';
import type { GoldArticle } from './match-gold.ts';

const story =
  'Pemerintah Kabupaten Sukamaju meraih juara pertama penghargaan jaminan sosial tingkat provinsi setelah mendaftarkan ribuan nelayan dan petani';

describe('storyClusters', () => {
  it('puts syndicated copies, referenced articles and one ceremony in one cluster', () => {
    const articles = [
      { id: 'a001', text: story },
      { id: 'a002', text: `JAKARTA - ${story} kata pejabat itu` },
      { id: 'a003', text: 'Berita lain tentang cuaca di pesisir selatan yang tidak berhubungan' },
      { id: 'a004', text: 'Tulisan berbeda sama sekali tentang pasar malam di kota lama itu' },
      { id: 'a005', text: 'Laporan lain yang menyebut hasil yang sama dengan kata berbeda' },
    ];
    const gold = new Map<string, GoldArticle>([
      ['a004', { id: 'a004', relevant: false, awards: [], notes: 'Same event as a003.' }],
      [
        'a001',
        { id: 'a001', relevant: true, awards: [{ winner_canonical: 'Kabupaten Sukamaju' }] },
      ],
      [
        'a005',
        { id: 'a005', relevant: true, awards: [{ winner_canonical: 'Kabupaten Sukamaju' }] },
      ],
    ]);
    const c = storyClusters(articles, gold);
    expect(c.get('a002')).toBe(c.get('a001'));
    expect(c.get('a005')).toBe(c.get('a001'));
    expect(c.get('a004')).toBe(c.get('a003'));
    expect(c.get('a003')).not.toBe(c.get('a001'));
  });

  it('never splits a cluster across folds', () => {
    const clusters = new Map([
      ['a', 'a'],
      ['b', 'a'],
      ['c', 'c'],
      ['d', 'd'],
    ]);
    const folds = foldsOf(clusters, 2);
    expect(folds.get('a')).toBe(folds.get('b'));
    expect(new Set(folds.values()).size).toBe(2);
  });
});
