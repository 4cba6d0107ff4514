import { describe, expect, it } from 'vitest';
import type { ArticleStage } from '@pw/domain';
import { useServices } from '../../../test/support/use-services.ts';
import {
  LedgerCollection,
  backfillLedgerHours,
  createArticleLedger,
  type LedgerLine,
} from './article-ledger.ts';
import {
  LedgerBackfillClaim,
  LedgerBackfilledMark,
  LedgerHoursCollection,
  LedgerMonthsCollection,
} from './ledger-buckets.ts';
import { ensureIndexes } from './mongo.ts';

const Hour = 3_600_000;
const Day = 24 * Hour;
// a month boundary inside the window: lines from 2026-11-29 to 2026-12-02 (UTC)
const Start = Date.parse('2026-11-29T05:30:00Z');

let seq = 0;
/** A line ending at `at`; ids are hex like real ones, in no relation to the time. */
function line(stage: ArticleStage, at: Date, o: { kept?: boolean; expiresAt?: Date } = {}) {
  seq += 1;
  const id = ((seq * 2_654_435_761) % 2 ** 32).toString(16).padStart(24, '0');
  return {
    _id: id,
    url: `https://contoh.id/berita/${seq}`,
    feedUrl: 'https://contoh.id/feed',
    sourceId: 'contoh',
    outlet: 'contoh.id',
    title: `Berita ${seq}`,
    text: null,
    htmlLang: 'id',
    publishedAt: null,
    author: null,
    clusterId: null,
    fingerprint: null,
    stage,
    stageChangedAt: at,
    discoveredAt: new Date(at.getTime() - Hour),
    attempts: 0,
    classification: null,
    awardKeys: [],
    rejection:
      stage === 'rejected'
        ? { stage: 'classify', code: 'classify.not-award-report', message: 'bukan', at }
        : null,
    failure: stage === 'failed' ? { stage: 'fetch', code: 'fetch.http', message: '404', at } : null,
    kept: o.kept ?? false,
    expiresAt: o.kept ? null : (o.expiresAt ?? new Date(at.getTime() + 30 * Day)),
  } satisfies LedgerLine;
}

/** The order the listing promises: newest change first, then by id. */
const newestFirst = (a: LedgerLine, b: LedgerLine) =>
  b.stageChangedAt.getTime() - a.stageChangedAt.getTime() || (a._id < b._id ? -1 : 1);

/** Every page of a stage, `size` at a time, until an empty one. */
async function allPages(
  ledger: ReturnType<typeof createArticleLedger>,
  stage: ArticleStage,
  size: number,
) {
  const ids: string[] = [];
  for (let skip = 0; ; skip += size) {
    const page = await ledger.listByStage(stage, size, skip);
    expect(page.length).toBeLessThanOrEqual(size);
    ids.push(...page.map((a) => a._id));
    if (page.length < size) {
      return ids;
    }
  }
}

describe('article ledger listing', () => {
  const services = useServices();

  it('pages newest first across hours, days and a month boundary, one stage at a time', async () => {
    const ledger = createArticleLedger(services.mongo.db);
    const lines: LedgerLine[] = [];
    // busy hours, quiet hours, empty days; several lines share one instant (ties go by id)
    for (let i = 0; i < 120; i++) {
      const at = new Date(Start + Math.floor(i / 3) * (i % 7 === 0 ? 5 : 1) * 37 * 60_000);
      lines.push(line(i % 5 === 0 ? 'failed' : 'rejected', at, { kept: i % 11 === 0 }));
    }
    // written in no particular order, as racing workers would
    for (const l of [...lines].sort((a, b) => (a.url < b.url ? -1 : 1))) {
      expect(await ledger.write(l)).toBe(true);
    }
    expect(await ledger.write(lines[0]!)).toBe(false);

    for (const stage of ['rejected', 'failed'] as const) {
      const expected = lines.filter((l) => l.stage === stage).sort(newestFirst);
      expect(
        new Set(expected.map((l) => l.stageChangedAt.toISOString().slice(0, 10))).size,
      ).toBeGreaterThan(2);
      for (const size of [1, 7, 50, 500]) {
        expect(await allPages(ledger, stage, size)).toEqual(expected.map((l) => l._id));
      }
    }
    // the listing's line is the article, without the ledger's own fields
    const [first] = await ledger.listByStage('failed', 1, 0);
    const newestFailed = lines.filter((l) => l.stage === 'failed').sort(newestFirst)[0]!;
    expect(first).toMatchObject({ _id: newestFailed._id, failure: { code: 'fetch.http' } });
    expect(first).not.toHaveProperty('ledgerHour');
    expect(first).not.toHaveProperty('expiresAt');
    expect(await ledger.listByStage('recorded', 10, 0)).toEqual([]);

    const counts = await ledger.countByStage();
    expect(counts).toEqual({
      recorded: 0,
      rejected: lines.filter((l) => l.stage === 'rejected').length,
      failed: lines.filter((l) => l.stage === 'failed').length,
    });
  });

  it('reads sparse stages (a line every few hours) and a page deep in the list', async () => {
    const ledger = createArticleLedger(services.mongo.db);
    const lines = Array.from({ length: 40 }, (_, i) =>
      line('recorded', new Date(Start + i * 5 * Hour + (i % 3) * 60_000), { kept: true }),
    );
    await Promise.all(lines.map((l) => ledger.write(l)));
    const expected = lines.sort(newestFirst).map((l) => l._id);
    expect((await ledger.listByStage('recorded', 25, 0)).map((a) => a._id)).toEqual(
      expected.slice(0, 25),
    );
    expect((await ledger.listByStage('recorded', 10, 30)).map((a) => a._id)).toEqual(
      expected.slice(30),
    );
    expect(await ledger.listByStage('recorded', 10, 40)).toEqual([]);
  });

  it('lists lines stored before the hour buckets, once the start has given them theirs', async () => {
    const db = services.mongo.db;
    const ledger = createArticleLedger(db);
    const fresh = [
      line('failed', new Date(Start + 3 * Day)),
      line('failed', new Date(Start + 2 * Day)),
    ];
    for (const l of fresh) {
      await ledger.write(l);
    }
    const before = (await ledger.listByStage('failed', 1000, 0)).map((a) => a._id);
    // lines as an earlier version wrote them: no bucket, no directory entry
    const old = [
      line('failed', new Date(Start - 40 * Day), { kept: true }),
      line('failed', new Date(Start + 2 * Day + Hour)),
      line('failed', new Date(Start - 2 * Day)),
    ];
    await db.collection<LedgerLine>(LedgerCollection).insertMany(old);
    expect((await ledger.listByStage('failed', 1000, 0)).map((a) => a._id)).toEqual(before);

    // the next start gives them their bucket once (the mark says it is done), in one process:
    // while another holds the claim, a start goes on without; a claim left an hour ago is taken
    const months = db.collection<{ _id: string; at?: Date }>(LedgerMonthsCollection);
    await months.deleteOne({ _id: LedgerBackfilledMark });
    await months.insertOne({ _id: LedgerBackfillClaim, at: new Date() });
    await ensureIndexes(db);
    expect((await ledger.listByStage('failed', 1000, 0)).map((a) => a._id)).toEqual(before);
    await months.updateOne(
      { _id: LedgerBackfillClaim },
      { $set: { at: new Date(Date.now() - 3_600_000) } },
    );
    await ensureIndexes(db);
    expect(await months.findOne({ _id: LedgerBackfillClaim })).toBeNull();
    expect(await backfillLedgerHours(db)).toBe(0);
    const listed = await createArticleLedger(db).listByStage('failed', 1000, 0);
    const all = (
      await db.collection<LedgerLine>(LedgerCollection).find({ stage: 'failed' }).toArray()
    ).sort(newestFirst);
    expect(listed.map((a) => a._id)).toEqual(all.map((l) => l._id));
    expect(listed.map((a) => a._id)).toEqual(expect.arrayContaining(old.map((l) => l._id)));
  });

  it('forgets the hours of expired lines when it prunes them, and keeps the kept ones listed', async () => {
    const db = services.mongo.db;
    const ledger = createArticleLedger(db);
    const at = new Date(Start + 10 * Day);
    const gone = line('rejected', at, { expiresAt: new Date(at.getTime() + Day) });
    const kept = line('rejected', new Date(at.getTime() + 60_000), { kept: true });
    const stays = line('rejected', new Date(at.getTime() + 120_000), {
      expiresAt: new Date(at.getTime() + 9 * Day),
    });
    for (const l of [gone, kept, stays]) {
      await ledger.write(l);
    }
    const hours = db.collection<{ _id: string }>(LedgerHoursCollection);
    const hourIds = async () =>
      (await hours.find({ stageMonth: 'rejected|2026-12' }).toArray()).map((h) => h._id);
    expect(await hourIds()).toEqual(
      expect.arrayContaining([`rejected|2026-12-09T05|2026-12-10`, `rejected|2026-12-09T05|keep`]),
    );
    const pruned = await ledger.prune(new Date(at.getTime() + 2 * Day));
    expect(pruned.rejected).toBeGreaterThanOrEqual(1);
    expect(await hourIds()).not.toContain('rejected|2026-12-09T05|2026-12-10');
    expect(await hourIds()).toEqual(
      expect.arrayContaining([`rejected|2026-12-09T05|keep`, `rejected|2026-12-09T05|2026-12-18`]),
    );
    const ids = (await ledger.listByStage('rejected', 1000, 0)).map((a) => a._id);
    expect(ids).toEqual(expect.arrayContaining([kept._id, stays._id]));
    expect(ids).not.toContain(gone._id);
  });
});
