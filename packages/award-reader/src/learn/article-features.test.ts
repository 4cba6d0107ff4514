import { describe, expect, it } from 'vitest';
import { articleFeatures } from './article-features.ts';
import type { AwardMention, RelevanceDecision } from '../types.ts';

const rule: RelevanceDecision = { kind: 'unrelated', score: 0, signals: [] };

describe('articleFeatures', () => {
  it('knows the award by its description when "Paritrana" is missing', () => {
    const f = articleFeatures(
      {
        id: 'a',
        text: 'Penghargaan Jaminan Sosial untuk Tiga Daerah\n\nBPJS Ketenagakerjaan menyerahkan penghargaan jaminan sosial ketenagakerjaan kepada tiga daerah di Maluku.',
      },
      rule,
      [],
    );
    expect(f['generic-name:giver']).toBe(1);
    expect(f['cue:held:1']).toBe(1);
    expect(f['paritrana:0']).toBe(1);
    expect(f['winners:0']).toBe(1);
  });

  it('hears nominations, judging, calls and announced ceremonies', () => {
    const f = articleFeatures(
      {
        id: 'b',
        text: 'Kota Ternate Masuk Nominasi\n\nKota Ternate masuk nominasi Paritrana Award. Tim juri akan melakukan wawancara, dan penyerahan akan digelar pekan depan. Pendaftaran dibuka untuk desa.',
      },
      rule,
      [],
    );
    expect(f['title:nomination']).toBe(1);
    expect(f['cue:assessment:2-3']).toBe(1);
    expect(f['cue:future:2-3']).toBe(1);
    expect(f['cue:call:2-3']).toBe(1);
  });

  it('lets the winners found vote', () => {
    const won = { historical: false, rank: 1, confidence: 0.9 } as AwardMention;
    const f = articleFeatures({ id: 'c', text: 'Kota Ternate juara I.' }, rule, [won, won]);
    expect(f['winners:2-3']).toBe(1);
    expect(f['winners:ranked']).toBe(1);
    expect(f['winners:confident']).toBe(1);
  });
});
