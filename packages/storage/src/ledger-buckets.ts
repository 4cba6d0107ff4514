import type { Db } from 'mongodb';
import { insertOnce } from './award-collections.ts';

// FerretDB 1.x sorts in Go after reading every document its pushed-down equality leaves, so the
// ledger listing reads one hour of one stage at a time (an indexed equality on `ledgerHour`), the
// newest hour first. Two small directories, written insert-only when a line is written, say which
// hours hold lines: months per stage, and hours per stage and month. Nothing here is updated in
// place, so racing writers cannot lose anything (FerretDB 1.x loses concurrent updates).

/** Months per stage that hold ledger lines: `_id` is `${stage}|${YYYY-MM}`. */
export const LedgerMonthsCollection = 'article_ledger_months';
/** Hours that hold ledger lines: `_id` is `${stage}|${YYYY-MM-DDTHH}|${expiry day or keep}`. */
export const LedgerHoursCollection = 'article_ledger_hours';

/** The mark left (in the months directory) once lines written before `ledgerHour` have it. */
export const LedgerBackfilledMark = '#backfilled-ledger-hour';

/** The claim of the process giving old lines their buckets, so that only one does it. */
export const LedgerBackfillClaim = '#backfilling-ledger-hour';

/** A month directory entry. */
interface MonthDoc {
  _id: string;
  stage?: string;
  month?: string;
  at?: Date;
}

/** An hour directory entry; `expires` is the UTC day its lines expire, or null for kept lines. */
interface HourDoc {
  _id: string;
  /** `${stage}|${YYYY-MM}`: the listing reads one month's hours at a time. */
  stageMonth: string;
  /** `YYYY-MM-DDTHH` (UTC). */
  hour: string;
  expires: string | null;
}

/** The UTC hour of a time: `YYYY-MM-DDTHH`. */
export const utcHourOf = (t: Date): string => t.toISOString().slice(0, 13);

/** A line's bucket: its final stage and the UTC hour it reached it (`rejected|2026-12-05T10`). */
export const ledgerHourOf = (stage: string, stageChangedAt: Date): string =>
  `${stage}|${utcHourOf(stageChangedAt)}`;

/** What the directories need to know of a line. */
export interface BucketedLine {
  stage: string;
  stageChangedAt: Date;
  expiresAt: Date | null;
}

const hourDocOf = (l: BucketedLine): HourDoc => {
  const hour = utcHourOf(l.stageChangedAt);
  const expires = l.expiresAt ? l.expiresAt.toISOString().slice(0, 10) : null;
  return {
    _id: `${l.stage}|${hour}|${expires ?? 'keep'}`,
    stageMonth: `${l.stage}|${hour.slice(0, 7)}`,
    hour,
    expires,
  };
};

/** Remembered directory entries per process, so a busy hour costs its directory one insert. */
const MemoLimit = 5_000;

/** The ledger's hour directories. */
export function createLedgerBuckets(db: Db) {
  const months = db.collection<MonthDoc>(LedgerMonthsCollection);
  const hours = db.collection<HourDoc>(LedgerHoursCollection);
  const written = new Set<string>();
  const once = async (id: string, write: () => Promise<unknown>) => {
    if (written.has(id)) {
      return;
    }
    await write();
    if (written.size >= MemoLimit) {
      written.clear();
    }
    written.add(id);
  };

  return {
    async ensureIndexes(): Promise<void> {
      await months.createIndex({ stage: 1 }, { name: 'stage' });
      await hours.createIndex({ stageMonth: 1 }, { name: 'stage_month' });
    },

    /** Notes the line's month and hour (before the line is written, so it is never unlisted). */
    async mark(line: BucketedLine): Promise<void> {
      const h = hourDocOf(line);
      const month = h.stageMonth.slice(line.stage.length + 1);
      await once(h.stageMonth, () =>
        insertOnce(months, { _id: h.stageMonth, stage: line.stage, month }),
      );
      await once(h._id, () => insertOnce(hours, h));
    },

    /** Months holding lines of a stage, newest first (`YYYY-MM`). */
    async monthsOf(stage: string): Promise<string[]> {
      const docs = await months.find({ stage }, { projection: { month: 1 } }).toArray();
      return [...new Set(docs.flatMap((d) => (d.month ? [d.month] : [])))].sort().reverse();
    },

    /** Hours of a stage's month that hold lines, newest first (`YYYY-MM-DDTHH`). */
    async hoursOf(stage: string, month: string): Promise<string[]> {
      const docs = await hours
        .find({ stageMonth: `${stage}|${month}` }, { projection: { hour: 1 } })
        .toArray();
      return [...new Set(docs.map((d) => d.hour))].sort().reverse();
    },

    /** Hours holding lines that expire by the end of `today` (UTC `YYYY-MM-DD`), each once. */
    async expiringBy(today: string): Promise<Array<{ stage: string; hour: string }>> {
      const docs = await hours
        .find({ expires: { $lte: today } }, { projection: { stageMonth: 1, hour: 1 } })
        .toArray();
      const seen = new Set<string>();
      return docs.flatMap((d) => {
        const stage = d.stageMonth.slice(0, d.stageMonth.lastIndexOf('|'));
        const key = `${stage}|${d.hour}`;
        if (seen.has(key)) {
          return [];
        }
        seen.add(key);
        return [{ stage, hour: d.hour }];
      });
    },

    /** Forgets hours whose lines all expired before `today` (UTC `YYYY-MM-DD`). */
    async prune(today: string): Promise<void> {
      // a string range matches strings only: kept lines' hours (null) stay
      await hours.deleteMany({ expires: { $lt: today } });
    },

    /** True once the lines written before `ledgerHour` existed were given it. */
    async backfilled(): Promise<boolean> {
      return (await months.findOne({ _id: LedgerBackfilledMark })) !== null;
    },

    async markBackfilled(): Promise<void> {
      await insertOnce(months, { _id: LedgerBackfilledMark, at: new Date() });
    },

    /**
     * Claims the backfill for this process; false when another holds it. A claim older than
     * `leaseMs` was left by a process that stopped: it is taken over.
     */
    async claimBackfill(leaseMs: number): Promise<boolean> {
      const now = new Date();
      if (await insertOnce(months, { _id: LedgerBackfillClaim, at: now })) {
        return true;
      }
      const stale = { _id: LedgerBackfillClaim, at: { $lt: new Date(now.getTime() - leaseMs) } };
      const { deletedCount } = await months.deleteOne(stale);
      return (
        deletedCount === 1 && (await insertOnce(months, { _id: LedgerBackfillClaim, at: now }))
      );
    },

    async releaseBackfill(): Promise<void> {
      await months.deleteOne({ _id: LedgerBackfillClaim });
    },
  };
}

/** The ledger's hour directories' interface. */
export type LedgerBuckets = ReturnType<typeof createLedgerBuckets>;
