import type { Db } from 'mongodb';
import { Article, FinalStages, type ArticleStage } from '@pw/domain';
import { createInsertBatcher } from './insert-batch.ts';
import { createLedgerBuckets, ledgerHourOf } from './ledger-buckets.ts';

/** Where every article that reached a final stage leaves its line. */
export const LedgerCollection = 'article_ledger';

/** A ledger line: the article without its text, when it ended, and when the line expires. */
export type LedgerLine = Article & {
  /** True for an article about the award: its text and page are in `articles` and `pages`. */
  kept: boolean;
  /** Null for kept articles: their line stays. */
  expiresAt: Date | null;
  /**
   * The listing's bucket, `${stage}|${UTC hour of stageChangedAt}` (ledgerHourOf): set when the
   * line is written (and at start on lines written before it existed).
   */
  ledgerHour?: string;
};

/** True when the server is FerretDB (no TTL indexes there: the sweep prunes instead). */
async function isFerretDb(db: Db): Promise<boolean> {
  const info = await db.admin().command({ buildInfo: 1 });
  return 'ferretdbVersion' in info || 'ferretdbFeatures' in info;
}

/**
 * Creates the ledger's indexes: its hour buckets (an equality FerretDB pushes down to an index),
 * and where the server has them (MongoDB) a TTL index. Lines written before the buckets existed get
 * theirs once (backfillLedgerHours).
 */
export async function ensureLedgerIndexes(db: Db): Promise<void> {
  const col = db.collection(LedgerCollection);
  await col.createIndex({ ledgerHour: 1 }, { name: 'ledger_hour' });
  await createLedgerBuckets(db).ensureIndexes();
  if (!(await isFerretDb(db))) {
    // a day behind the sweep's prune, which counts what it deletes: the TTL is the safety net
    await col.createIndex({ expiresAt: 1 }, { expireAfterSeconds: 86_400, name: 'expires_ttl' });
    await col.createIndex({ stage: 1, stageChangedAt: -1 }, { name: 'stage_changed' });
  }
  await backfillLedgerHours(db);
}

/** How long a backfill's claim holds (100,000 old lines took 4.5 minutes on a busy machine). */
const BackfillLeaseMs = 30 * 60_000;

/**
 * Gives lines written before the hour buckets existed their bucket and directory entries; runs once
 * per database (a mark remembers it, left once the ledger has lines), or again with `force`, in one
 * process at a time (the others do not wait: old lines list once it is done; an interrupted run
 * leaves the rest for the next start). Returns how many lines it changed.
 */
export async function backfillLedgerHours(db: Db, { force = false } = {}): Promise<number> {
  const buckets = createLedgerBuckets(db);
  if (!force && (await buckets.backfilled())) {
    return 0;
  }
  const col = db.collection<LedgerLine>(LedgerCollection);
  if ((await col.findOne({}, { projection: { _id: 1 } })) === null) {
    // nothing to give a bucket (and no mark: a new database stays empty until it is used)
    return 0;
  }
  // one process does it (a start can open several connections at once); the others go on
  if (!(await buckets.claimBackfill(BackfillLeaseMs))) {
    return 0;
  }
  try {
    // read first, then written: FerretDB keeps no cursor stable across updates of what it reads
    const old = await col
      .find(
        { ledgerHour: { $exists: false } },
        { projection: { stage: 1, stageChangedAt: 1, expiresAt: 1 } },
      )
      .toArray();
    let changed = 0;
    for (const line of old) {
      if (!(line.stageChangedAt instanceof Date)) {
        continue;
      }
      await buckets.mark(line);
      // one command per line: FerretDB 1.24 keeps each matching statement's query open (a pooled
      // PostgreSQL connection, 50 in all) until its whole command ends, so a few commands of
      // several updates at once can wait for good on a connection none of them will free
      const result = await col.updateOne(
        { _id: line._id },
        { $set: { ledgerHour: ledgerHourOf(line.stage, line.stageChangedAt) } },
      );
      changed += result.modifiedCount;
    }
    await buckets.markBackfilled();
    return changed;
  } finally {
    await buckets.releaseBackfill();
  }
}

/** How many hours the listing reads at once, at most (sparse stages hold a line or two an hour). */
const MaxHoursAtOnce = 8;

/**
 * The article ledger in the document store: one compact line per finished article, written once
 * (an insert by `_id`), read by `/articles`, pruned when it expires.
 */
export function createArticleLedger(db: Db) {
  const col = db.collection<LedgerLine>(LedgerCollection);
  const buckets = createLedgerBuckets(db);
  // every article writes a line: lines finished within a few ms share one insert command
  const inserts = createInsertBatcher(col, { lingerMs: 10 });
  /** One hour of a stage's lines, newest first (an hour holds a few hundred lines at most). */
  const hourOf = (stage: string, hour: string) =>
    col
      .find(
        { ledgerHour: `${stage}|${hour}` },
        { projection: { kept: 0, expiresAt: 0, ledgerHour: 0 } },
      )
      .sort({ stageChangedAt: -1, _id: 1 })
      .toArray();
  return {
    /** Writes the line unless it exists (its hour noted first); true when this call wrote it. */
    async write(line: LedgerLine): Promise<boolean> {
      await buckets.mark(line);
      return inserts.insertOnce({
        ...line,
        ledgerHour: ledgerHourOf(line.stage, line.stageChangedAt),
      });
    },

    async get(id: string): Promise<LedgerLine | null> {
      return col.findOne({ _id: id });
    },

    /**
     * Lines at a final stage, newest change first (then by `_id`): the stage's hours are read
     * newest first, a few at once, until the page is full, so a page costs the hours it shows.
     */
    async listByStage(stage: ArticleStage, limit: number, skip: number): Promise<Article[]> {
      const need = skip + limit;
      const found: unknown[] = [];
      for (const month of await buckets.monthsOf(stage)) {
        const hours = await buckets.hoursOf(stage, month);
        let next = 0;
        let width = 1;
        while (next < hours.length && found.length < need) {
          const batch = hours.slice(next, next + width);
          next += batch.length;
          const read = await Promise.all(batch.map((h) => hourOf(stage, h)));
          const got = read.reduce((n, lines) => n + lines.length, 0);
          found.push(...read.flat());
          // hours hold the stage's lines in order; read as many at once as the rest should need
          const perHour = Math.max(got / batch.length, 0.5);
          width = Math.min(MaxHoursAtOnce, Math.ceil((need - found.length) / perHour));
        }
        if (found.length >= need) {
          break;
        }
      }
      return found.slice(skip, need).map((d) => Article.parse(d));
    },

    /** Deletes one line (an article taken up again); true when it was there. */
    async remove(id: string): Promise<boolean> {
      return (await col.deleteOne({ _id: id })).deletedCount === 1;
    },

    /** Lines per final stage, counted in the store (when no Redis counters are at hand). */
    async countByStage(): Promise<Record<string, number>> {
      const counts: Record<string, number> = {};
      for (const stage of FinalStages) {
        counts[stage] = await col.countDocuments({ stage });
      }
      return counts;
    },

    /**
     * Deletes the lines expired by `now`; returns how many of each stage went. Only the hours the
     * directory says expire by today are read (an indexed equality each), not the whole ledger.
     */
    async prune(now: Date): Promise<Record<string, number>> {
      const today = now.toISOString().slice(0, 10);
      const byStage: Record<string, number> = {};
      for (const { stage, hour } of await buckets.expiringBy(today)) {
        // lines are never updated: the filter that finds them deletes them
        const { deletedCount } = await col.deleteMany({
          ledgerHour: `${stage}|${hour}`,
          expiresAt: { $lt: now },
        });
        if (deletedCount > 0) {
          byStage[stage] = (byStage[stage] ?? 0) + deletedCount;
        }
      }
      await buckets.prune(today);
      return byStage;
    },
  };
}

/** The ledger's interface. */
export type ArticleLedger = ReturnType<typeof createArticleLedger>;
