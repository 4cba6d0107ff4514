import { describe, expect, it } from 'vitest';
import { Collection, createAwardRepository } from '@pw/storage';
import { useServices } from '../../../../test/support/use-services.ts';
import { As, testDraft, testSource, useTestApp } from '../test-support.ts';
import { dayWindow, today } from './digest.ts';

describe('api: digest', () => {
  const services = useServices();
  const t = useTestApp(services);

  it('tells what changed today: new records, new sources for known records, conflicts', async () => {
    const awards = createAwardRepository(services.mongo.db);
    const old = await awards.upsertWithSource(testDraft({ editionYear: 2023 }), testSource('d1'));
    const lastWeek = new Date(Date.now() - 7 * 86_400_000);
    await services.mongo.db
      .collection(Collection.Awards)
      .updateOne({ key: old.key }, { $set: { firstSeenAt: lastWeek } });
    await awards.upsertWithSource(testDraft({ editionYear: 2023 }), testSource('d2', { rank: 4 }));
    const fresh = await awards.upsertWithSource(testDraft(), testSource('d3'));

    const res = await t.app.inject({ url: '/digest', headers: As.reader });
    expect(res.statusCode).toBe(200);
    const digest = res.json<{
      date: string;
      counts: Record<string, number>;
      newRecords: Array<{ key: string }>;
      newSources: Array<{ key: string; sources: Array<{ articleId: string }> }>;
      conflicts: Array<{ subject: string; data: { conflict: { field: string } } }>;
    }>();
    expect(digest.date).toBe(today('+07:00'));
    expect(digest.newRecords.map((r) => r.key)).toEqual([fresh.key]);
    // d1 was recorded today too (only firstSeenAt was moved back), so both sources count as new
    expect(digest.newSources).toMatchObject([{ key: old.key }]);
    expect(digest.newSources[0]?.sources.map((s) => s.articleId)).toEqual(['d1', 'd2']);
    expect(digest.conflicts.map((c) => [c.subject, c.data.conflict.field])).toEqual([
      [old.key, 'rank'],
    ]);

    const empty = await t.app.inject({ url: '/digest?date=2001-01-01', headers: As.reader });
    expect(empty.json()).toMatchObject({ counts: { newRecords: 0, newSources: 0, conflicts: 0 } });
  });

  it('reads a day at the configured UTC offset', () => {
    expect(dayWindow('2026-11-27', '+07:00').from.toISOString()).toBe('2026-11-26T17:00:00.000Z');
    expect(today('+07:00', new Date('2026-11-26T18:00:00Z'))).toBe('2026-11-27');
  });
});
