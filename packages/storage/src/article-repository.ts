import { Binary, type Db } from 'mongodb';
import type { Redis } from 'ioredis';
import { gunzipSync, gzipSync } from 'node:zlib';
import {
  Article,
  ArticleStage,
  FailureCode,
  FinalStages,
  PipelineError,
  errorCode,
  errorMessage,
  type Classification,
} from '@pw/domain';
import { createArticleFlight, type FlightArticle } from './article-flight.ts';
import { createArticleLedger, type LedgerLine } from './article-ledger.ts';
import { insertOnce } from './award-collections.ts';
import { Collection } from './mongo.ts';
import { articleIdOf, createSeenUrls } from './seen-urls.ts';

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

/** The raw page as fetched. */
export interface RawPage {
  body: Buffer;
  contentType: string | null;
}

/** A rejection or failure as the jobs report it. */
export interface Outcome {
  stage: string;
  code: string;
  message: string;
}

/** Redis for the hot path: articles in flight, their counters, fetched text, seen URLs. */
export interface HotStore {
  redis: Redis;
  /** The queue prefix, so each deployment (and each test) has its own keys. */
  prefix: string;
  /** Days a line of an article not about the award stays in the ledger (default 30). */
  retentionDays?: number;
  /** How long fetched text waits in Redis for the classifier (ms, default two days). */
  textTtlMs?: number;
}

const Day = 86_400_000;
const InFlight: readonly ArticleStage[] = [
  ArticleStage.Discovered,
  ArticleStage.Fetched,
  ArticleStage.Classified,
];

interface TextBlob {
  fetched: Omit<FetchedArticle, 'publishedAt'> & { publishedAt: string | null };
  page: string;
  contentType: string | null;
}

const date = (v: unknown): Date | null => (typeof v === 'string' ? new Date(v) : null);
const outcome = (v: unknown) =>
  v && typeof v === 'object' ? { ...(v as Outcome), at: date((v as { at?: unknown }).at) } : null;

/** An in-flight article as the ledger's Article shape (no text: that waits in Redis). */
function fromFlight(a: FlightArticle): Article {
  const p = a.patch;
  return Article.parse({
    _id: a.id,
    url: a.doc.url,
    feedUrl: a.doc.feedUrl,
    sourceId: a.doc.sourceId,
    outlet: a.doc.outlet,
    title: (p.title as string | null | undefined) ?? a.doc.title,
    text: null,
    htmlLang: p.htmlLang ?? null,
    publishedAt: date(p.publishedAt ?? a.doc.publishedAt),
    author: p.author ?? null,
    clusterId: p.clusterId ?? null,
    fingerprint: p.fingerprint ?? null,
    stage: a.stage,
    stageChangedAt: a.stageChangedAt,
    discoveredAt: new Date(a.doc.discoveredAt),
    attempts: a.attempts,
    classification: p.classification ?? null,
    awardKeys: Array.isArray(p.awardKeys) ? p.awardKeys : [],
    rejection: outcome(p.rejection),
    failure: outcome(p.failure),
  });
}

/**
 * The article ledger. Articles in motion are in Redis (one hash each, stage moves by
 * compare-and-set); a finished article leaves one compact line in `article_ledger` (expiring
 * after the retention unless it is about the award); articles about the award are also kept whole
 * in `articles` with their page in `pages`. Opened without Redis (the API, the CLI) it reads the
 * document store only: finished articles and their counts.
 */
export function createArticleRepository(db: Db, hot?: HotStore) {
  const kept = db.collection<Article>(Collection.Articles);
  const pages = db.collection<{ _id: string; body: Binary; contentType: string | null; at: Date }>(
    Collection.Pages,
  );
  const ledger = createArticleLedger(db);
  const retentionMs = (hot?.retentionDays ?? 30) * Day;
  const textTtlMs = hot?.textTtlMs ?? 2 * Day;
  const flight = hot ? createArticleFlight(hot.redis, hot.prefix) : null;
  // seen marks outlive the ledger lines and any feed's window
  const seen = hot
    ? createSeenUrls(hot.redis, hot.prefix, Math.max(90 * Day, 3 * retentionMs))
    : null;
  const need = <T>(x: T | null | undefined): T => {
    if (x === null || x === undefined) {
      throw new Error('the article repository was opened without Redis: read-only');
    }
    return x;
  };

  /**
   * Writes a final article's line (and its kept copy's stage), then marks it seen, drops its text
   * and forgets it (one Redis round trip). `read` is the article as its final move left it.
   */
  const settleRead = async (a: FlightArticle | null): Promise<boolean> => {
    if (!a || !FinalStages.includes(a.stage)) {
      return false;
    }
    const id = a.id;
    const article = fromFlight(a);
    const isKept = a.patch.kept === true;
    await ledger.write({
      ...article,
      kept: isKept,
      expiresAt: isKept ? null : new Date(Date.now() + retentionMs),
    } satisfies LedgerLine);
    if (isKept) {
      await kept.updateOne(
        { _id: id },
        {
          $set: {
            stage: article.stage,
            stageChangedAt: article.stageChangedAt,
            awardKeys: article.awardKeys,
            classification: article.classification,
            rejection: article.rejection,
            failure: article.failure,
          },
        },
      );
    }
    return need(flight).release(id, a.stage, (batch) => {
      need(seen).markIn(batch, id, isKept);
      batch.del(need(flight).keys.text(id));
    });
  };

  /** settleRead for an article read now (the sweep finishing what a crash interrupted). */
  const settle = async (id: string): Promise<boolean> => settleRead(await need(flight).get(id));

  /** Moves to a final stage, then settles; false when the article was not at one of `from`. */
  const finish = async (
    id: string,
    to: ArticleStage,
    patch: Record<string, unknown>,
  ): Promise<boolean> => {
    const moved = await need(flight).moveAndRead(id, InFlight, to, patch);
    if (moved) {
      await settleRead(moved);
    }
    return moved !== null;
  };

  const savePage = async (id: string, body: Buffer, contentType: string | null) => {
    await insertOnce(pages, {
      _id: id,
      body: new Binary(gzipSync(body)),
      contentType,
      at: new Date(),
    });
  };

  const find = async (id: string): Promise<Article | null> => {
    const a = flight ? await flight.get(id) : null;
    if (a) {
      return fromFlight(a);
    }
    const whole = await kept.findOne({ _id: id });
    if (whole) {
      return Article.parse(whole);
    }
    const line = await ledger.get(id);
    return line ? Article.parse(line) : null;
  };

  return {
    /** Creates the article unless its canonical URL was seen; says which happened. */
    async insertIfNew(a: NewArticle): Promise<{ articleId: string; created: boolean }> {
      const [res] = await this.discoverMany([a]);
      return { articleId: res!.articleId, created: res!.created };
    },

    /**
     * The feed's batch: which URLs were seen before (one Redis round trip), and the new ones put
     * in flight at `discovered`. `unseen` also covers articles left in flight by an interrupted
     * poll (created by it, not yet marked seen): enqueue those again, by their deterministic ids.
     */
    async discoverMany(
      items: NewArticle[],
    ): Promise<Array<{ articleId: string; created: boolean; unseen: boolean }>> {
      const ids = items.map((a) => articleIdOf(a.url));
      const wasSeen = await need(seen).seenMany(ids);
      const fresh = items.map((a, i) => ({ a, id: ids[i]! })).filter((_x, i) => !wasSeen[i]);
      const now = new Date().toISOString();
      const created = await need(flight).createMany(
        fresh.map(({ a, id }) => ({
          id,
          doc: {
            url: a.url,
            feedUrl: a.feedUrl,
            sourceId: a.sourceId,
            outlet: a.outlet,
            title: a.title,
            publishedAt: a.publishedAt?.toISOString() ?? null,
            discoveredAt: now,
          },
        })),
      );
      const createdIds = new Set(fresh.filter((_x, i) => created[i]).map((x) => x.id));
      return ids.map((id, i) => ({
        articleId: id,
        created: createdIds.has(id),
        unseen: !wasSeen[i],
      }));
    },

    /**
     * Takes a failed article up again (a person asked for it): back in flight at `discovered`
     * with no attempts, its ledger line gone. False when it is not a failed article.
     */
    async reopen(id: string): Promise<boolean> {
      const line = await ledger.get(id);
      if (line?.stage !== ArticleStage.Failed) {
        return false;
      }
      const [created] = await need(flight).createMany(
        [
          {
            id,
            doc: {
              url: line.url,
              feedUrl: line.feedUrl,
              sourceId: line.sourceId,
              outlet: line.outlet,
              title: line.title,
              publishedAt: line.publishedAt?.toISOString() ?? null,
              discoveredAt: line.discoveredAt.toISOString(),
            },
          },
        ],
        { evenIfSeen: true },
      );
      if (!created) {
        return false;
      }
      if (await ledger.remove(id)) {
        await need(flight).uncount({ [ArticleStage.Failed]: 1 });
      }
      return true;
    },

    /** Marks feed items seen once their fetch jobs are queued. */
    async markSeen(ids: readonly string[]): Promise<void> {
      await need(seen).markMany(ids);
    },

    /** The article, validated; a missing one is a permanent error. */
    async get(id: string): Promise<Article> {
      const doc = await find(id);
      if (!doc) {
        throw new PipelineError(FailureCode.Internal, `no article ${id}`, { retryable: false });
      }
      return doc;
    },

    find,

    /** The article with this canonical URL, wherever it is now. */
    async findByUrl(url: string): Promise<Article | null> {
      return find(articleIdOf(url));
    },

    /** True when the URL belongs to an article seen before (in flight, finished or marked). */
    async isKnownUrl(url: string): Promise<boolean> {
      const id = articleIdOf(url);
      const [marked] = await need(seen).seenMany([id]);
      return Boolean(marked) || (await need(flight).get(id)) !== null;
    },

    /**
     * Puts the page's text and raw page in Redis for the classifier (with an expiry, never in the
     * document store), and moves the article to `fetched`.
     */
    async saveFetched(id: string, f: FetchedArticle, page?: RawPage): Promise<boolean> {
      const blob: TextBlob = {
        fetched: { ...f, publishedAt: f.publishedAt?.toISOString() ?? null },
        // fastest level: this copy lives only until the classifier has read it
        page: page ? gzipSync(page.body, { level: 1 }).toString('base64') : '',
        contentType: page?.contentType ?? null,
      };
      // the text, then the move, in one round trip
      return need(flight).move(
        id,
        [ArticleStage.Discovered],
        ArticleStage.Fetched,
        {
          title: f.title,
          publishedAt: f.publishedAt?.toISOString() ?? null,
          htmlLang: f.htmlLang,
          author: f.author,
          clusterId: f.clusterId,
          fingerprint: f.fingerprint,
        },
        (batch) => batch.set(need(flight).keys.text(id), JSON.stringify(blob), 'PX', textTtlMs),
      );
    },

    /**
     * An article in flight with its fetched text (and raw page unless `page: false`), in one round
     * trip; null when it is not in flight or its text expired from Redis.
     */
    async readFetched(
      id: string,
      { page: withPage = true } = {},
    ): Promise<{ article: Article; page: RawPage | null } | null> {
      const res =
        (await need(hot)
          .redis.multi()
          .hgetall(need(flight).keys.article(id))
          .get(need(flight).keys.text(id))
          .exec()) ?? [];
      const [[hashErr, hash] = [null, null], [textErr, raw] = [null, null]] = res;
      const err = hashErr ?? textErr;
      if (err) {
        throw err instanceof Error ? err : new Error(String(err));
      }
      const a = need(flight).parse(id, (hash ?? {}) as Record<string, string>);
      if (!a || typeof raw !== 'string') {
        return null;
      }
      const blob = JSON.parse(raw) as TextBlob;
      const article = Article.parse({
        ...fromFlight(a),
        ...blob.fetched,
        publishedAt: date(blob.fetched.publishedAt),
      });
      const page =
        withPage && blob.page
          ? { body: gunzipSync(Buffer.from(blob.page, 'base64')), contentType: blob.contentType }
          : null;
      return { article, page };
    },

    /** The fetched text expired before the classifier read it: back to `discovered`, to fetch again. */
    async refetch(id: string): Promise<boolean> {
      return need(flight).move(id, [ArticleStage.Fetched], ArticleStage.Discovered);
    },

    /** Keeps an article about the award whole: its text in `articles`, its raw page in `pages`. */
    async keep(article: Article, page: RawPage | null): Promise<void> {
      await insertOnce(kept, article);
      if (page) {
        await savePage(article._id, page.body, page.contentType);
      }
      await need(hot).redis.hset(need(flight).keys.article(article._id), 'p:kept', 'true');
    },

    /** A kept article with its text (the extractor's input). */
    async getKept(id: string): Promise<Article | null> {
      const doc = await kept.findOne({ _id: id });
      return doc ? Article.parse(doc) : null;
    },

    savePage,

    async getPage(id: string): Promise<Buffer | null> {
      const page = await pages.findOne({ _id: id });
      return page ? gunzipSync(page.body.buffer) : null;
    },

    /** Records the classifier's decision and moves the article to `classified`. */
    async saveClassified(id: string, classification: Classification): Promise<boolean> {
      return need(flight).move(id, [ArticleStage.Fetched], ArticleStage.Classified, {
        classification,
      });
    },

    /** Records the award keys found and moves the article to `recorded`. */
    async saveRecorded(id: string, awardKeys: string[]): Promise<boolean> {
      const moved = await need(flight).moveAndRead(
        id,
        [ArticleStage.Classified],
        ArticleStage.Recorded,
        { awardKeys },
      );
      if (moved) {
        await settleRead(moved);
      }
      return moved !== null;
    },

    /** A decision not to go on (not Indonesian, not a results report, …), kept with its reason. */
    async reject(id: string, o: Outcome, extra: Record<string, unknown> = {}): Promise<boolean> {
      return finish(id, ArticleStage.Rejected, { ...extra, rejection: { ...o, at: new Date() } });
    },

    /** Something broke for good: the article shows the stage, code, message and time. */
    async fail(id: string, o: Outcome): Promise<boolean> {
      return finish(id, ArticleStage.Failed, { failure: { ...o, at: new Date() } });
    },

    /** Records a job's final error on the article: its code when the pipeline knows it, else internal. */
    async failWith(id: string, stage: string, err: unknown): Promise<boolean> {
      const code = errorCode(err) ?? FailureCode.Internal;
      return this.fail(id, { stage, code, message: errorMessage(err).slice(0, 1000) });
    },

    /** Finishes what a crash interrupted: a final article still in flight gets its ledger line. */
    settle,

    /** Articles in flight whose stage has not moved since `before`, oldest first. */
    async findStuck(
      before: Date,
      limit = 500,
    ): Promise<Array<Pick<Article, '_id' | 'stage' | 'attempts'>>> {
      const stuck = await need(flight).stuck(before, limit);
      return stuck.map((a) => ({ _id: a.id, stage: a.stage, attempts: a.attempts }));
    },

    /**
     * Marks a sweep's visit, so the next sweep waits again before acting; `requeued` counts it
     * as a re-enqueue (false when the job was still waiting its turn).
     */
    async touch(id: string, stage: ArticleStage, requeued = true): Promise<void> {
      await need(flight).touch(id, stage, requeued);
    },

    /** How many articles are at each stage (counters in Redis; finished lines only without it). */
    async countByStage(): Promise<Record<string, number>> {
      if (flight) {
        return flight.counts();
      }
      const counts: Record<string, number> = {};
      for (const stage of Object.values(ArticleStage)) {
        counts[stage] = 0;
      }
      return { ...counts, ...(await ledger.countByStage()) };
    },

    /** Articles at a stage, newest change first (the failure list users read). */
    async listByStage(stage: ArticleStage, limit = 100, skip = 0): Promise<Article[]> {
      if (FinalStages.includes(stage)) {
        return ledger.listByStage(stage, limit, skip);
      }
      return flight ? (await flight.listByStage(stage, limit, skip)).map(fromFlight) : [];
    },

    /**
     * Deletes expired ledger lines and takes them off the counters; returns how many went, or
     * null when another prune ran within `everyMs` (a prune scans the ledger on FerretDB).
     */
    async prune({ now = new Date(), everyMs = 3_600_000 } = {}): Promise<number | null> {
      const gate = await need(hot).redis.set(
        `${need(hot).prefix}:ledger-pruned`,
        '1',
        'PX',
        everyMs,
        'NX',
      );
      if (gate === null) {
        return null;
      }
      const byStage = await ledger.prune(now);
      await need(flight).uncount(byStage);
      return Object.values(byStage).reduce((s, n) => s + n, 0);
    },
  };
}

/** The article ledger's interface. */
export type ArticleRepository = ReturnType<typeof createArticleRepository>;
