import { ObjectId, type Db, type Filter } from 'mongodb';
import {
  AwardRecord,
  ReviewStatus,
  awardKey,
  type AwardDraft,
  type AwardSource,
  type RecordedSource,
} from '@pw/domain';
import { refreshDerived, type AwardDoc } from './award-refresh.ts';
import { createRedirects } from './award-redirects.ts';
import { createEventLog } from './event-log.ts';
import { Collection, isDuplicateKey } from './mongo.ts';

/** What one upsert did; `key` is where the source landed (the survivor's, after a merge). */
export interface UpsertResult {
  key: string;
  created: boolean;
  sourceAdded: boolean;
  /** The key the draft itself produced (differs from `key` when it was merged away). */
  draftKey: string;
  outletCount: number;
  clusterCount: number;
  conflictFields: string[];
}

/** The award store: one record per award, every source that reported it. */
export function createAwardRepository(db: Db) {
  const col = db.collection<AwardDoc>(Collection.Awards);
  const redirects = createRedirects(db);
  const events = createEventLog(db);

  const insertFields = (key: string, d: AwardDraft, now: Date) => ({
    _id: new ObjectId().toHexString(),
    key,
    editionYear: d.editionYear,
    level: d.level,
    province: d.province,
    category: d.category,
    winner: d.winnerCanonical,
    winnerType: d.winnerType,
    regionCode: d.regionCode,
    regionParent: d.regionParent,
    rank: d.rank,
    ceremonyDate: d.ceremonyDate,
    review: { status: ReviewStatus.New, at: null, by: null, note: null },
    reviewPending: true,
    revision: 0,
    merged: false,
    corrections: {},
    firstSeenAt: now,
  });

  const finish = async (key: string, draftKey: string, created: boolean, articleId: string) => {
    const rec = await refreshDerived(col, events, key, articleId);
    return {
      key,
      draftKey,
      created,
      sourceAdded: true,
      outletCount: rec?.outletCount ?? 0,
      clusterCount: rec?.clusterCount ?? 0,
      conflictFields: rec?.conflicts.map((c) => c.field) ?? [],
    };
  };

  return {
    /**
     * Records one source's report of an award in a single atomic upsert against the unique key
     * (no transaction), then refreshes the derived fields. Re-recording the same article adds
     * nothing; two workers at once give one record, two sources. Reviewed and corrected fields
     * are never written here: the upsert only sets fields on insert.
     */
    async upsertWithSource(draft: AwardDraft, source: AwardSource): Promise<UpsertResult> {
      const draftKey = awardKey(draft);
      let key = await redirects.resolve(draftKey);
      const stated: RecordedSource = {
        ...source,
        rank: source.rank ?? draft.rank,
        category: source.category ?? draft.category,
        editionYear: draft.editionYear,
        level: draft.level,
      };
      for (let attempt = 0; attempt < 5; attempt++) {
        const now = new Date();
        try {
          const res = await col.updateOne(
            // a flat id list, because FerretDB 1.x matches scalar arrays more reliably than $elemMatch;
            // a merged record never matches, so its key's upserts collide and follow the redirect
            { key, merged: { $ne: true }, sourceArticleIds: { $ne: source.articleId } },
            {
              $setOnInsert: insertFields(key, draft, now),
              $set: { updatedAt: now },
              $push: { sources: stated, sourceArticleIds: source.articleId },
              $inc: { sourceCount: 1 },
            },
            { upsert: true },
          );
          return await finish(key, draftKey, res.upsertedCount === 1, source.articleId);
        } catch (err) {
          if (!isDuplicateKey(err)) {
            throw err;
          }
          // the key holds this article already, was merged a moment ago, or another worker
          // inserted it: look again
          const target = await redirects.resolve(key);
          if (target !== key) {
            key = target;
            continue;
          }
          const has = await col.findOne(
            { key, sourceArticleIds: source.articleId },
            { projection: { outletCount: 1, clusterCount: 1, conflicts: 1 } },
          );
          if (has) {
            return {
              key,
              draftKey,
              created: false,
              sourceAdded: false,
              outletCount: has.outletCount ?? 0,
              clusterCount: has.clusterCount ?? 0,
              conflictFields: (has.conflicts ?? []).map((c) => c.field),
            };
          }
        }
      }
      throw new Error(`award ${key}: upsert kept colliding`);
    },

    async get(key: string): Promise<AwardRecord | null> {
      const doc = await col.findOne({ key });
      return doc ? AwardRecord.parse(doc) : null;
    },

    /** The record for a key, following merge redirects to the survivor. */
    async resolve(key: string): Promise<AwardRecord | null> {
      const doc = await col.findOne({ key: await redirects.resolve(key) });
      return doc ? AwardRecord.parse(doc) : null;
    },

    /** Records matching a filter, newest first. */
    async find(filter: Filter<AwardDoc> = {}, limit = 100, skip = 0): Promise<AwardRecord[]> {
      const docs = await col
        .find(filter)
        .sort({ firstSeenAt: -1, _id: 1 })
        .skip(skip)
        .limit(limit)
        .toArray();
      return docs.map((d) => AwardRecord.parse(d));
    },

    async count(filter: Filter<AwardDoc> = {}): Promise<number> {
      return col.countDocuments(filter);
    },

    /** Recomputes a record's derived fields (after a merge moved sources onto it). */
    async refresh(key: string): Promise<AwardRecord | null> {
      return refreshDerived(col, events, key, null);
    },
  };
}

/** The award store's interface. */
export type AwardRepository = ReturnType<typeof createAwardRepository>;
