import { ObjectId, type Db, type Filter } from 'mongodb';
import { AwardRecord, ReviewStatus, awardKey, type AwardDraft, type AwardSource } from '@pw/domain';
import { Collection, isDuplicateKey } from './mongo.ts';

type Doc = AwardRecord & { sourceArticleIds: string[] };

/** The award store: one record per award, every source that reported it. */
export function createAwardRepository(db: Db) {
  const col = db.collection<Doc>(Collection.Awards);

  return {
    /**
     * Records one source's report of an award in a single atomic upsert against the unique key.
     * Re-recording the same article adds nothing; two workers at once give one record, two sources.
     */
    async upsertWithSource(
      draft: AwardDraft,
      source: AwardSource,
    ): Promise<{ key: string; created: boolean; sourceAdded: boolean }> {
      const key = awardKey(draft);
      const now = new Date();
      for (let attempt = 0; attempt < 3; attempt++) {
        try {
          const res = await col.updateOne(
            // a flat id list, because FerretDB 1.x matches scalar arrays more reliably than $elemMatch
            { key, sourceArticleIds: { $ne: source.articleId } },
            {
              $setOnInsert: {
                _id: new ObjectId().toHexString(),
                key,
                editionYear: draft.editionYear,
                level: draft.level,
                province: draft.province,
                category: draft.category,
                winner: draft.winnerCanonical,
                winnerType: draft.winnerType,
                regionCode: draft.regionCode,
                regionParent: draft.regionParent,
                rank: draft.rank,
                ceremonyDate: draft.ceremonyDate,
                review: { status: ReviewStatus.New, at: null, by: null },
                firstSeenAt: now,
              },
              $set: { updatedAt: now },
              $push: { sources: source, sourceArticleIds: source.articleId },
            },
            { upsert: true },
          );
          return { key, created: res.upsertedCount === 1, sourceAdded: true };
        } catch (err) {
          // the key exists and already holds this article (the filter missed, the insert collided),
          // or another worker inserted it a moment ago: look again
          if (!isDuplicateKey(err)) {
            throw err;
          }
          const has = await col.countDocuments({ key, sourceArticleIds: source.articleId });
          if (has > 0) {
            return { key, created: false, sourceAdded: false };
          }
        }
      }
      throw new Error(`award ${key}: upsert kept colliding`);
    },

    async get(key: string): Promise<AwardRecord | null> {
      const doc = await col.findOne({ key });
      return doc ? AwardRecord.parse(doc) : null;
    },

    /** Records matching a filter, newest first. */
    async find(filter: Filter<Doc> = {}, limit = 100, skip = 0): Promise<AwardRecord[]> {
      const docs = await col.find(filter).sort({ firstSeenAt: -1, _id: 1 }).skip(skip).limit(limit).toArray();
      return docs.map((d) => AwardRecord.parse(d));
    },

    async count(filter: Filter<Doc> = {}): Promise<number> {
      return col.countDocuments(filter);
    },
  };
}

/** The award store's interface. */
export type AwardRepository = ReturnType<typeof createAwardRepository>;
