import { describe, expect, it } from 'vitest';
import { readArticle, readerVersion } from '@pw/award-reader';
import { Article } from '@pw/domain';
import { toAwardDraft, toAwardSource } from './to-award-draft.ts';

const text =
  'Pemkab Sleman meraih juara I Paritrana Award 2024 tingkat Provinsi DIY. Penghargaan diserahkan Gubernur di Yogyakarta, Senin (5/8/2024).';

describe('toAwardSource', () => {
  it("stamps the reader's model version on the source, as a re-reading does", () => {
    const [mention] = readArticle({ id: 'a1', text }).awards;
    expect(mention).toBeDefined();
    const article = Article.parse({
      _id: 'a1',
      url: 'https://kabar.example/a1',
      outlet: 'kabar.example',
      stage: 'recorded',
      stageChangedAt: new Date('2024-08-05T00:00:00Z'),
      discoveredAt: new Date('2024-08-05T00:00:00Z'),
      attempts: 1,
      awardKeys: [],
    });
    const source = toAwardSource(article, mention!);
    expect(source.extractorVersion).toBe(`award-reader+${readerVersion()}`);
    expect(source.extractorVersion).toMatch(/^award-reader\+reader-[0-9a-f]{10}$/);
    expect(toAwardDraft(mention!)).toMatchObject({ winnerCanonical: 'Kabupaten Sleman', rank: 1 });
  });
});
