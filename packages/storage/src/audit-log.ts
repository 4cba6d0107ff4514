import { ObjectId, type Db } from 'mongodb';
import { z } from 'zod';
import { Corrections, ReviewStatus } from '@pw/domain';
import { insertOnce } from './award-collections.ts';

/**
 * Every reviewer action, append-only. A record's entries are its review log: `_id` is
 * `<key>#<seq>` with seq 1, 2, 3 … taken by inserting against the unique `_id`, so two writers
 * can never both take one place, and the record's review state is replayed from the log.
 */
export const AuditCollection = 'audit_log';

/** One reviewer action: who, what, when, and the record's reviewed fields before and after. */
export const AuditEntry = z.object({
  _id: z.string(),
  at: z.date(),
  actor: z.string(),
  action: z.string(),
  key: z.string(),
  /** The entry's place in the record's review log (null: an entry outside any record's log). */
  seq: z.number().int().nullable().default(null),
  note: z.string().nullable().default(null),
  before: z.record(z.string(), z.unknown()).nullable().default(null),
  after: z.record(z.string(), z.unknown()).nullable().default(null),
  /** correct: the fields set. */
  corrections: Corrections.nullable().default(null),
  /** confirm, reject, correct: the conflicts the reviewer saw. */
  seenConflicts: z.array(z.string()).nullable().default(null),
  /** merge: the record this one was merged into. */
  into: z.string().nullable().default(null),
  /** merge-in: the record merged into this one. */
  from: z.string().nullable().default(null),
  /** import: the status carried over from the review state kept before review logs. */
  status: z.enum(ReviewStatus).nullable().default(null),
  /** undo: the seq of the entry taken back. */
  undoes: z.number().int().nullable().default(null),
  /** merge: the articles whose sources were copied onto the survivor (an un-merge removes them). */
  moved: z.array(z.string()).nullable().default(null),
  /** merge: keys that pointed at the merged key and were pointed at the survivor. */
  repointed: z.array(z.string()).nullable().default(null),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/** An entry of a record's review log (it has its place). */
export type LogStep = AuditEntry & { seq: number };

/** A new entry of a record's review log, before it has its place. */
export type LogEntryDraft = Partial<Omit<AuditEntry, '_id' | 'at' | 'key' | 'seq'>> &
  Pick<AuditEntry, 'actor' | 'action'>;

/** The `_id` of a record's review-log entry: ordered by seq within the key. */
export const logEntryId = (key: string, seq: number): string =>
  `${key}#${String(seq).padStart(8, '0')}`;

/** The audit log: a record's review log (append at a place, read in order), and its history. */
export function createAuditLog(db: Db) {
  const col = db.collection<AuditEntry>(AuditCollection);

  /**
   * A record's review log, oldest first. Its places have no gaps, so it is read by `_id`
   * (the one filter FerretDB 1.x does not scan the collection for): the places up to `hint`
   * (the last place the caller knows of) and one beyond at once, then on until the first empty
   * place.
   */
  const steps = async (key: string, hint = 0): Promise<LogStep[]> => {
    const found: AuditEntry[] = [];
    for (let batch = Math.max(hint + 1, 2); ; batch = 4) {
      const next = found.length + 1;
      const docs = await Promise.all(
        Array.from({ length: batch }, (_, i) => col.findOne({ _id: logEntryId(key, next + i) })),
      );
      const gap = docs.findIndex((d) => !d);
      found.push(...(gap === -1 ? docs : docs.slice(0, gap)).map((d) => AuditEntry.parse(d)));
      if (gap !== -1) {
        break;
      }
    }
    return found.map((e, i) => ({ ...e, seq: i + 1 }));
  };

  return {
    /** An entry outside any record's log (an ObjectId `_id`). */
    async record(e: LogEntryDraft & { key: string }): Promise<AuditEntry> {
      const entry = AuditEntry.parse({ _id: new ObjectId().toHexString(), at: new Date(), ...e });
      await col.insertOne(entry);
      return entry;
    },

    /** Inserts a record's log entry at place `seq`; null when another writer took that place. */
    async append(key: string, seq: number, draft: LogEntryDraft): Promise<LogStep | null> {
      const entry = AuditEntry.parse({
        ...draft,
        _id: logEntryId(key, seq),
        at: new Date(),
        key,
        seq,
      });
      return (await insertOnce(col, entry)) ? { ...entry, seq } : null;
    },

    /** Adds what an action learnt after its entry was written (only its writer calls this). */
    async annotate(id: string, fields: Partial<Pick<AuditEntry, 'after' | 'moved' | 'repointed'>>) {
      await col.updateOne({ _id: id }, { $set: fields });
    },

    steps,

    /** The place of a record's last log entry (0: none yet). */
    lastSeq: async (key: string, hint = 0): Promise<number> => (await steps(key, hint)).length,

    /** True when place `seq` of a record's log is taken. */
    has: async (key: string, seq: number): Promise<boolean> =>
      (await col.findOne({ _id: logEntryId(key, seq) }, { projection: { _id: 1 } })) !== null,

    /**
     * A record's history (or everyone's, without a key), newest first. A record's log entries
     * come in log order, and entries outside the log (e.g. a re-extraction's) by time among them.
     */
    async list(key?: string, limit = 100): Promise<AuditEntry[]> {
      const docs = await col
        .find(key ? { key } : {})
        .sort({ at: -1, _id: -1 })
        .limit(key ? 0 : limit)
        .toArray();
      const entries = docs.map((d) => AuditEntry.parse(d));
      if (!key) {
        return entries;
      }
      const log = entries.filter((e) => e.seq !== null).sort((a, b) => (b.seq ?? 0) - (a.seq ?? 0));
      const other = entries.filter((e) => e.seq === null);
      const merged: AuditEntry[] = [];
      while (merged.length < limit && (log.length > 0 || other.length > 0)) {
        const [l, o] = [log[0], other[0]];
        merged.push((!o || (l && l.at >= o.at) ? log.shift() : other.shift())!);
      }
      return merged;
    },
  };
}

/** The audit log's interface. */
export type AuditLog = ReturnType<typeof createAuditLog>;
