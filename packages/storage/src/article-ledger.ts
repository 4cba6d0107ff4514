import type { Db } from 'mongodb';
import { Article, FinalStages, type ArticleStage } from '@pw/domain';
import { insertOnce } from './award-collections.ts';

/** Where every article that reached a final stage leaves its line. */
export const LedgerCollection = 'article_ledger';

/** A ledger line: the article without its text, when it ended, and when the line expires. */
export type LedgerLine = Article & {
  /** True for an article about the award: its text and page are in `articles` and `pages`. */
  kept: boolean;
  /** Null for kept articles: their line stays. */
  expiresAt: Date | null;
};

/** True when the server is FerretDB (no TTL indexes there: the sweep prunes instead). */
async function isFerretDb(db: Db): Promise<boolean> {
  const info = await db.admin().command({ buildInfo: 1 });
  return 'ferretdbVersion' in info || 'ferretdbFeatures' in info;
}

/** Creates the ledger's indexes: a TTL index where the server has them (MongoDB). */
export async function ensureLedgerIndexes(db: Db): Promise<void> {
  if (await isFerretDb(db)) {
    // FerretDB 1.x scans for any filter but _id: an index would only slow the inserts down
    return;
  }
  const col = db.collection(LedgerCollection);
  // a day behind the sweep's prune, which counts what it deletes: the TTL is the safety net
  await col.createIndex({ expiresAt: 1 }, { expireAfterSeconds: 86_400, name: 'expires_ttl' });
  await col.createIndex({ stage: 1, stageChangedAt: -1 }, { name: 'stage_changed' });
}

/**
 * The article ledger in the document store: one compact line per finished article, written once
 * (an insert by `_id`), read by `/articles`, pruned when it expires.
 */
export function createArticleLedger(db: Db) {
  const col = db.collection<LedgerLine>(LedgerCollection);
  return {
    /** Writes the line unless it exists; true when this call wrote it. */
    async write(line: LedgerLine): Promise<boolean> {
      return insertOnce(col, line);
    },

    async get(id: string): Promise<LedgerLine | null> {
      return col.findOne({ _id: id });
    },

    async listByStage(stage: ArticleStage, limit: number, skip: number): Promise<Article[]> {
      const docs = await col
        .find({ stage }, { projection: { kept: 0, expiresAt: 0 } })
        .sort({ stageChangedAt: -1, _id: 1 })
        .skip(skip)
        .limit(limit)
        .toArray();
      return docs.map((d) => Article.parse(d));
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

    /** Deletes the lines expired by `now`; returns how many of each stage went. */
    async prune(now: Date): Promise<Record<string, number>> {
      const filter = { expiresAt: { $lt: now } };
      const expired = await col.find(filter, { projection: { stage: 1 } }).toArray();
      if (expired.length === 0) {
        return {};
      }
      // lines are never updated and new ones expire in the future: the same filter deletes these
      await col.deleteMany(filter);
      const byStage: Record<string, number> = {};
      for (const { stage } of expired) {
        byStage[stage] = (byStage[stage] ?? 0) + 1;
      }
      return byStage;
    },
  };
}

/** The ledger's interface. */
export type ArticleLedger = ReturnType<typeof createArticleLedger>;
