import { describe, expect, it } from 'vitest';
import type { AwardDraft, AwardSource } from '@pw/domain';
import { useServices } from '../../../test/support/use-services.ts';
import { createAwardRepository } from './award-repository.ts';

const draft: AwardDraft = {
  editionYear: 2024,
  level: 'provinsi',
  province: 'Jawa Timur',
  category: 'Pemerintah Kabupaten/Kota',
  winner: 'Pemkab Bojonegoro',
  winnerCanonical: 'Kabupaten Bojonegoro',
  winnerType: 'kabupaten',
  regionCode: '35.22',
  regionParent: null,
  rank: 1,
  ceremonyDate: '2025-07-29',
  historical: false,
  evidence: 'Pemkab Bojonegoro meraih peringkat pertama Paritrana Award 2024.',
  confidence: 0.9,
};

const source = (articleId: string, outlet: string): AwardSource => ({
  articleId,
  url: `https://${outlet}/berita/${articleId}`,
  outlet,
  publishedAt: null,
  evidence: draft.evidence,
  extractorVersion: 'test',
  confidence: 0.9,
  historical: false,
  rank: 1,
  category: draft.category,
  clusterId: null,
  recordedAt: new Date(),
});

describe('award repository', () => {
  const services = useServices();

  it('keeps one record when three outlets report the same winner', async () => {
    const awards = createAwardRepository(services.mongo.db);
    const first = await awards.upsertWithSource(draft, source('a1', 'satu.id'));
    await awards.upsertWithSource({ ...draft, winnerCanonical: 'Kab. Bojonegoro' }, source('a2', 'dua.id'));
    await awards.upsertWithSource(draft, source('a3', 'tiga.id'));
    expect(first.created).toBe(true);
    const record = await awards.get(first.key);
    expect(record?.sources.map((s) => s.outlet)).toEqual(['satu.id', 'dua.id', 'tiga.id']);
    expect(await awards.count({ key: first.key })).toBe(1);
  });

  it('adds nothing when the same article is recorded again', async () => {
    const awards = createAwardRepository(services.mongo.db);
    const d = { ...draft, editionYear: 2023 };
    await awards.upsertWithSource(d, source('b1', 'satu.id'));
    const again = await awards.upsertWithSource(d, source('b1', 'satu.id'));
    expect(again.sourceAdded).toBe(false);
    expect((await awards.get(again.key))?.sources).toHaveLength(1);
  });

  it('gives one record with both sources when two workers record at the same moment', async () => {
    const awards = createAwardRepository(services.mongo.db);
    const d = { ...draft, editionYear: 2022 };
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => awards.upsertWithSource(d, source(`c${i % 2}`, 'x.id'))),
    );
    const record = await awards.get(results[0]!.key);
    expect(record?.sources.map((s) => s.articleId).sort()).toEqual(['c0', 'c1']);
    expect(results.filter((r) => r.created)).toHaveLength(1);
  });
});
