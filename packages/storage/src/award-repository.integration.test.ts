import { describe, expect, it } from 'vitest';
import type { AwardSource } from '@pw/domain';
import { testDraft, testSource } from '../../../test/support/award-fixtures.ts';
import { useServices } from '../../../test/support/use-services.ts';
import { createAwardRepository } from './award-repository.ts';
import { createEventLog } from './event-log.ts';

const draft = testDraft({
  ceremonyDate: '2025-07-29',
  evidence: 'Pemkab Bojonegoro meraih peringkat pertama Paritrana Award 2024.',
});

const source = (articleId: string, outlet: string): AwardSource =>
  testSource(articleId, {
    url: `https://${outlet}/berita/${articleId}`,
    outlet,
    evidence: draft.evidence,
    rank: 1,
    category: draft.category,
  });

describe('award repository', () => {
  const services = useServices();

  it('keeps one record when three outlets report the same winner', async () => {
    const awards = createAwardRepository(services.mongo.db);
    const first = await awards.upsertWithSource(draft, source('a1', 'satu.id'));
    await awards.upsertWithSource(
      { ...draft, winnerCanonical: 'Kab. Bojonegoro' },
      source('a2', 'dua.id'),
    );
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

  it("takes one article's report off a record and re-derives it from the others", async () => {
    const awards = createAwardRepository(services.mongo.db);
    const d = { ...draft, editionYear: 2017 };
    const first = await awards.upsertWithSource(d, source('r1', 'satu.id'));
    await awards.upsertWithSource(d, source('r2', 'dua.id'));
    const after = await awards.removeSource(first.key, 'r1');
    expect(after?.sources.map((s) => s.articleId)).toEqual(['r2']);
    expect((await awards.get(first.key))?.sources.map((s) => s.outlet)).toEqual(['dua.id']);
    // the article's report can be recorded again afterwards (a re-reading that changed it)
    const again = await awards.upsertWithSource(d, source('r1', 'satu.id'));
    expect(again.sourceAdded).toBe(true);
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

  it('counts syndicated copies of one press release as one cluster', async () => {
    const awards = createAwardRepository(services.mongo.db);
    const d = { ...draft, editionYear: 2021 };
    const copy = (id: string, outlet: string) => ({ ...source(id, outlet), clusterId: 'rilis-1' });
    await awards.upsertWithSource(d, copy('s1', 'satu.id'));
    await awards.upsertWithSource(d, copy('s2', 'dua.id'));
    const last = await awards.upsertWithSource(d, copy('s3', 'tiga.id'));
    expect(last).toMatchObject({ outletCount: 3, clusterCount: 1, created: false });
    const record = await awards.get(last.key);
    expect(record).toMatchObject({ outletCount: 3, clusterCount: 1, sourceCount: 3 });
  });

  it('shows a conflict when outlets disagree on rank, and announces it once', async () => {
    const awards = createAwardRepository(services.mongo.db);
    const d = { ...draft, editionYear: 2020 };
    await awards.upsertWithSource(d, source('r1', 'satu.id'));
    await awards.upsertWithSource(d, { ...source('r2', 'dua.id'), rank: 2 });
    const res = await awards.upsertWithSource(d, { ...source('r3', 'tiga.id'), rank: 2 });
    expect(res.conflictFields).toEqual(['rank']);
    const record = await awards.get(res.key);
    expect(record?.conflicts).toEqual([
      {
        field: 'rank',
        values: [
          { value: 1, articleIds: ['r1'] },
          { value: 2, articleIds: ['r2', 'r3'] },
        ],
      },
    ]);
    // two stories say 2, one says 1: the record shows the better-supported value
    expect(record?.rank).toBe(2);
    expect(record?.reviewPending).toBe(true);
    const events = await createEventLog(services.mongo.db).list();
    const mine = events.filter((e) => e.subject === res.key);
    expect(mine.map((e) => e.type).sort()).toEqual(['award.conflict', 'award.created']);
  });

  it('creates a record from a historical mention with lower confidence', async () => {
    const awards = createAwardRepository(services.mongo.db);
    const d = { ...draft, editionYear: 2019, historical: true };
    const res = await awards.upsertWithSource(d, {
      ...source('h1', 'satu.id'),
      historical: true,
      confidence: 0.8,
    });
    expect((await awards.get(res.key))?.confidence).toBe(0.4);
    await awards.upsertWithSource({ ...d, historical: false }, source('h2', 'dua.id'));
    expect((await awards.get(res.key))?.confidence).toBe(0.9);
  });

  it('keeps counts and conflicts right when many sources arrive at once', async () => {
    const awards = createAwardRepository(services.mongo.db);
    const d = { ...draft, editionYear: 2018 };
    // 24 articles from 6 outlets in 4 syndication clusters, one cluster saying rank 2
    const results = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        awards.upsertWithSource(d, {
          ...source(`p${i}`, `outlet${i % 6}.id`),
          clusterId: `k${i % 4}`,
          rank: i % 4 === 3 ? 2 : 1,
        }),
      ),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const record = await awards.get(results[0]!.key);
    expect(record).toMatchObject({ sourceCount: 24, outletCount: 6, clusterCount: 4, rank: 1 });
    expect(record?.sources).toHaveLength(24);
    expect(record?.conflicts.map((c) => c.field)).toEqual(['rank']);
    const events = await createEventLog(services.mongo.db).list();
    expect(
      events
        .filter((e) => e.subject === record?.key)
        .map((e) => e.type)
        .sort(),
    ).toEqual(['award.conflict', 'award.created']);
  });
});
