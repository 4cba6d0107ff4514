import { Binary, ObjectId, type Db } from 'mongodb';
import { gunzipSync, gzipSync } from 'node:zlib';
import {
  Article,
  ArticleStage,
  FailureCode,
  PipelineError,
  errorCode,
  errorMessage,
  type Classification,
} from '@pw/domain';
import { Collection, isDuplicateKey } from './mongo.ts';

/** What the crawler knows of an article when it first sees it in a feed. */
export interface NewArticle {
  url: string;
  feedUrl: string | null;
  sourceId: string | null;
  outlet: string;
  title: string | null;
  publishedAt: Date | null;
}

/** What fetching and reading the page adds. */
export interface FetchedArticle {
  title: string | null;
  text: string;
  htmlLang: string | null;
  publishedAt: Date | null;
  outlet: string;
  author: string | null;
  clusterId: string | null;
  fingerprint: string | null;
}

/** A rejection or failure as the jobs report it. */
export interface Outcome {
  stage: string;
  code: string;
  message: string;
}

type Doc = Article;

/** The article ledger: every article with its stage, and why it stopped when it did. */
export function createArticleRepository(db: Db) {
  const col = db.collection<Doc>(Collection.Articles);
  const pages = db.collection<{ _id: string; body: Binary; contentType: string | null; at: Date }>(
    Collection.Pages,
  );

  const move = async (id: string, from: ArticleStage[], set: Record<string, unknown>) => {
    const now = new Date();
    const res = await col.updateOne(
      { _id: id, stage: { $in: from } },
      { $set: { ...set, stageChangedAt: now } },
    );
    return res.modifiedCount === 1;
  };

  return {
    /** Inserts the article unless its canonical URL is known; says which happened. */
    async insertIfNew(a: NewArticle): Promise<{ articleId: string; created: boolean }> {
      const now = new Date();
      const id = new ObjectId().toHexString();
      try {
        // insertOne, not an upsert: FerretDB 1.24 drops nulls set through $setOnInsert
        await col.insertOne({
          _id: id,
          ...a,
          text: null,
          htmlLang: null,
          author: null,
          clusterId: null,
          fingerprint: null,
          stage: ArticleStage.Discovered,
          stageChangedAt: now,
          discoveredAt: now,
          attempts: 0,
          classification: null,
          awardKeys: [],
          rejection: null,
          failure: null,
        });
        return { articleId: id, created: true };
      } catch (err) {
        if (!isDuplicateKey(err)) {
          throw err;
        }
      }
      const existing = await col.findOne({ url: a.url }, { projection: { _id: 1 } });
      if (!existing) {
        throw new PipelineError(FailureCode.StoreFailed, `article ${a.url} vanished`, {
          retryable: true,
        });
      }
      return { articleId: existing._id, created: false };
    },

    /** The article, validated; a missing one is a permanent error. */
    async get(id: string): Promise<Article> {
      const doc = await col.findOne({ _id: id });
      if (!doc) {
        throw new PipelineError(FailureCode.Internal, `no article ${id}`, { retryable: false });
      }
      return Article.parse(doc);
    },

    async findByUrl(url: string): Promise<Article | null> {
      const doc = await col.findOne({ url });
      return doc ? Article.parse(doc) : null;
    },

    /** Stores the page's text and moves the article to `fetched`. */
    async saveFetched(id: string, f: FetchedArticle): Promise<boolean> {
      return move(id, [ArticleStage.Discovered], { ...f, stage: ArticleStage.Fetched });
    },

    /** Keeps the raw page gzip-compressed, so the article can be re-read without fetching again. */
    async savePage(id: string, body: Buffer, contentType: string | null): Promise<void> {
      await pages.updateOne(
        { _id: id },
        { $set: { body: new Binary(gzipSync(body)), contentType, at: new Date() } },
        { upsert: true },
      );
    },

    async getPage(id: string): Promise<Buffer | null> {
      const page = await pages.findOne({ _id: id });
      return page ? gunzipSync(page.body.buffer) : null;
    },

    /** Records the classifier's decision and moves the article to `classified`. */
    async saveClassified(id: string, classification: Classification): Promise<boolean> {
      return move(id, [ArticleStage.Fetched], { classification, stage: ArticleStage.Classified });
    },

    /** Records the award keys found and moves the article to `recorded`. */
    async saveRecorded(id: string, awardKeys: string[]): Promise<boolean> {
      return move(id, [ArticleStage.Classified], { awardKeys, stage: ArticleStage.Recorded });
    },

    /** A decision not to go on (not Indonesian, not a results report, …), kept with its reason. */
    async reject(id: string, o: Outcome, extra: Record<string, unknown> = {}): Promise<boolean> {
      return move(id, [ArticleStage.Discovered, ArticleStage.Fetched, ArticleStage.Classified], {
        ...extra,
        stage: ArticleStage.Rejected,
        rejection: { ...o, at: new Date() },
      });
    },

    /** Something broke for good: the article shows the stage, code, message and time. */
    async fail(id: string, o: Outcome): Promise<boolean> {
      return move(id, [ArticleStage.Discovered, ArticleStage.Fetched, ArticleStage.Classified], {
        stage: ArticleStage.Failed,
        failure: { ...o, at: new Date() },
      });
    },

    /** Records a job's final error on the article: its code when the pipeline knows it, else internal. */
    async failWith(id: string, stage: string, err: unknown): Promise<boolean> {
      const code = errorCode(err) ?? FailureCode.Internal;
      return this.fail(id, { stage, code, message: errorMessage(err).slice(0, 1000) });
    },

    /** Articles whose non-final stage has not moved since `before`, oldest first. */
    async findStuck(
      before: Date,
      limit = 500,
    ): Promise<Array<Pick<Article, '_id' | 'stage' | 'attempts'>>> {
      const docs = await col
        .find(
          {
            stage: {
              $in: [ArticleStage.Discovered, ArticleStage.Fetched, ArticleStage.Classified],
            },
            stageChangedAt: { $lt: before },
          },
          { projection: { _id: 1, stage: 1, attempts: 1 } },
        )
        .sort({ stageChangedAt: 1 })
        .limit(limit)
        .toArray();
      return docs.map((d) => ({ _id: d._id, stage: d.stage, attempts: d.attempts }));
    },

    /** Marks a sweep's re-enqueue, so the next sweep waits again before acting. */
    async touch(id: string, stage: ArticleStage): Promise<void> {
      // only while the article is still where the sweep found it: a job may have moved it since
      await col.updateOne(
        { _id: id, stage },
        { $set: { stageChangedAt: new Date() }, $inc: { attempts: 1 } },
      );
    },

    /** How many articles are at each stage. */
    async countByStage(): Promise<Record<string, number>> {
      const rows = await col
        .aggregate<{ _id: string; n: number }>([{ $group: { _id: '$stage', n: { $sum: 1 } } }])
        .toArray()
        .catch(() => null);
      const counts: Record<string, number> = {};
      for (const stage of Object.values(ArticleStage)) {
        counts[stage] = rows
          ? (rows.find((r) => r._id === stage)?.n ?? 0)
          : await col.countDocuments({ stage });
      }
      return counts;
    },

    /** Articles at a stage, newest change first (the failure list users read). */
    async listByStage(stage: ArticleStage, limit = 100, skip = 0): Promise<Article[]> {
      const docs = await col
        .find({ stage })
        .sort({ stageChangedAt: -1 })
        .skip(skip)
        .limit(limit)
        .toArray();
      return docs.map((d) => Article.parse(d));
    },
  };
}

/** The article ledger's interface. */
export type ArticleRepository = ReturnType<typeof createArticleRepository>;
