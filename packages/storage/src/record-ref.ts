import { MongoBulkWriteError, ObjectId, type Db } from 'mongodb';
import { normalizeShortId, shortIdOf } from '@pw/domain';
import { awardCollections, findRecord } from './award-collections.ts';
import { createRedirects } from './award-redirects.ts';
import { Collection, settledWriteErrors } from './mongo.ts';

/** Short id → key, one document per short id (`_id` is the short id), so a look-up is by `_id`. */
export const ShortIdsCollection = 'award_short_ids';

interface ShortIdDoc {
  _id: string;
  key: string;
  /** Set when a second key hashed to the same short id: then it names no record. */
  ambiguous?: boolean;
}

/** Why a reference could not name one record (a short id two keys share). */
export class RecordRefError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RecordRefError';
  }
}

// keys this process has already written a short id for
const remembered = new WeakMap<Db, Set<string>>();

/** Resolves what a person or a link may use to name a record: its key, `_id` or short id. */
export function createRecordRefs(db: Db) {
  const records = awardCollections(db).awards;
  const awards = db.collection<{ _id: string; key: string }>(Collection.Awards);
  const ids = db.collection<ShortIdDoc>(ShortIdsCollection);
  const redirects = createRedirects(db);
  let seen = remembered.get(db);
  if (!seen) {
    seen = new Set();
    remembered.set(db, seen);
  }
  const known = seen;

  /** Writes the short id of each key (once per process); marks a short id two keys share. */
  const remember = async (keys: readonly string[]): Promise<void> => {
    const fresh = [...new Set(keys)].filter((k) => !known.has(k));
    if (fresh.length === 0) {
      return;
    }
    const docs = fresh.map((key) => ({ _id: shortIdOf(key), key }));
    let taken: number[] = [];
    try {
      await ids.insertMany(docs, { ordered: false });
    } catch (err) {
      // (a connection lost mid-command leaves the documents unaccounted for: not written)
      const errors =
        err instanceof MongoBulkWriteError ? settledWriteErrors(err, docs.length) : null;
      if (!errors || errors.some((e) => e.code !== 11000)) {
        throw err;
      }
      taken = errors.map((e) => e.index);
    }
    for (const i of taken) {
      const { _id, key } = docs[i]!;
      const other = await ids.findOne({ _id });
      if (other && other.key !== key && !other.ambiguous) {
        await ids.updateOne({ _id }, { $set: { ambiguous: true } });
      }
    }
    fresh.forEach((k) => known.add(k));
  };

  const byShortId = async (id: string): Promise<ShortIdDoc | null> => ids.findOne({ _id: id });

  return {
    remember,

    /**
     * The key a reference names, or null when it names no record: a record's key (a merged
     * one too: the caller decides whether to follow the merge), its `_id`, or its short id
     * (any case; i, l and o read as 1, 1 and 0). Throws RecordRefError for a short id that two
     * keys share.
     */
    async resolve(ref: string): Promise<string | null> {
      const text = ref.trim();
      const short = normalizeShortId(text);
      if (short) {
        let doc = await byShortId(short);
        if (!doc) {
          // not written yet (a record made since): write every record's short id, look again
          const all = await awards.find({}, { projection: { key: 1 } }).toArray();
          await remember(all.map((a) => a.key));
          doc = await byShortId(short);
        }
        if (doc?.ambiguous) {
          throw new RecordRefError(`short id ${short} names more than one record; use its key`);
        }
        if (doc) {
          return doc.key;
        }
      }
      if (ObjectId.isValid(text) && text.length === 24) {
        const doc = await awards.findOne({ _id: text.toLowerCase() }, { projection: { key: 1 } });
        if (doc) {
          return doc.key;
        }
      }
      if (await findRecord(records, text)) {
        return text;
      }
      // a key that only lives on as a redirect (merged away)
      return (await redirects.resolve(text)) === text ? null : text;
    },
  };
}

/** The record refs' interface. */
export type RecordRefs = ReturnType<typeof createRecordRefs>;

/**
 * The key `ref` names (a key, an `_id` or a short id), or null when it names no record. Does
 * not follow merges: use the award repository's `resolve(key)` for the survivor.
 */
export function resolveRecordRef(db: Db, ref: string): Promise<string | null> {
  return createRecordRefs(db).resolve(ref);
}
