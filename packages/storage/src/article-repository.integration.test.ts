import { describe, expect, it } from 'vitest';
import { useServices } from '../../../test/support/use-services.ts';
import { flightKeys } from './article-flight.ts';
import { LedgerCollection } from './article-ledger.ts';
import { createArticleRepository } from './article-repository.ts';
import { Collection } from './mongo.ts';
import { articleIdOf } from './seen-urls.ts';

const found = (url: string) => ({
  url,
  feedUrl: 'http://127.0.0.1/feed',
  sourceId: 'test',
  outlet: 'contoh.id',
  title: 'Judul',
  publishedAt: null,
});

const fetched = {
  title: 'Judul halaman',
  text: 'Teks berita yang cukup panjang tentang penghargaan.',
  htmlLang: 'id',
  publishedAt: null,
  outlet: 'contoh.id',
  author: null,
  clusterId: null,
  fingerprint: null,
};

const classification = { language: 'ind', kind: 'results', score: 1, signals: [] };

describe('article repository', () => {
  const services = useServices();
  const open = (textTtlMs?: number) =>
    createArticleRepository(services.mongo.db, {
      redis: services.redis,
      prefix: services.prefix,
      retentionDays: 30,
      ...(textTtlMs ? { textTtlMs } : {}),
    });

  it('keeps one article per canonical URL, its id derived from the URL', async () => {
    const articles = open();
    const a = await articles.insertIfNew(found('https://contoh.id/a'));
    const b = await articles.insertIfNew(found('https://contoh.id/a'));
    expect(a).toEqual({ articleId: articleIdOf('https://contoh.id/a'), created: true });
    expect(b).toEqual({ articleId: a.articleId, created: false });
    const article = await articles.get(a.articleId);
    expect(article.stage).toBe('discovered');
    expect(article.failure).toBeNull();
  });

  it('moves through the stages only from the stage it is at, and records a failure with its reason', async () => {
    const articles = open();
    const { articleId } = await articles.insertIfNew(found('https://contoh.id/b'));
    expect(await articles.saveClassified(articleId, classification)).toBe(false);
    expect(await articles.saveFetched(articleId, fetched)).toBe(true);
    expect(await articles.saveFetched(articleId, fetched)).toBe(false);
    await articles.fail(articleId, {
      stage: 'classify',
      code: 'pipeline.internal',
      message: 'boom',
    });
    const article = await articles.get(articleId);
    expect(article.stage).toBe('failed');
    expect(article.failure).toMatchObject({
      stage: 'classify',
      code: 'pipeline.internal',
      message: 'boom',
    });
    const counts = await articles.countByStage();
    expect(counts).toMatchObject({ failed: 1, fetched: 0 });
    // the API reads the same count from the ledger when it has no Redis
    expect((await createArticleRepository(services.mongo.db).countByStage()).failed).toBe(1);
    // a finished URL is seen: the feed does not bring it back; a person can take it up again
    expect((await articles.insertIfNew(found('https://contoh.id/b'))).created).toBe(false);
    const { discovered } = await articles.countByStage();
    expect(await articles.reopen(articleId)).toBe(true);
    expect(await articles.reopen(articleId)).toBe(false);
    expect(await articles.get(articleId)).toMatchObject({ stage: 'discovered', attempts: 0 });
    expect(await articles.countByStage()).toMatchObject({
      failed: 0,
      discovered: discovered! + 1,
    });
  });

  it('leaves only a compact, expiring line for an article not about the award', async () => {
    const articles = open();
    const { articleId } = await articles.insertIfNew(found('https://contoh.id/lain'));
    const page = { body: Buffer.from('<html>halaman</html>'), contentType: 'text/html' };
    await articles.saveFetched(articleId, fetched, page);
    expect((await articles.readFetched(articleId))?.page?.body.equals(page.body)).toBe(true);
    // the extractor's read: the text alone
    expect(await articles.readFetched(articleId, { page: false })).toMatchObject({
      article: { text: fetched.text, stage: 'fetched' },
      page: null,
    });
    await articles.reject(articleId, {
      stage: 'classify',
      code: 'classify.not-award-report',
      message: 'kind unrelated',
    });
    const line = await services.mongo.db
      .collection<{ _id: string; expiresAt: Date }>(LedgerCollection)
      .findOne({ _id: articleId });
    expect(line).toMatchObject({ stage: 'rejected', kept: false, text: null });
    expect(line?.expiresAt.getTime()).toBeGreaterThan(Date.now() + 29 * 86_400_000);
    expect(
      await services.mongo.db
        .collection<{ _id: string }>(Collection.Articles)
        .findOne({ _id: articleId }),
    ).toBeNull();
    expect(await articles.getPage(articleId)).toBeNull();
    expect(await articles.readFetched(articleId)).toBeNull();
    // settled: out of flight, its text gone, its URL marked seen for a while
    const keys = flightKeys(services.prefix);
    expect(await services.redis.exists(keys.article(articleId), keys.text(articleId))).toBe(0);
    expect(await services.redis.pttl(keys.seen(articleId))).toBeGreaterThan(29 * 86_400_000);
    const [listed] = await articles.listByStage('rejected');
    expect(listed).toMatchObject({
      _id: articleId,
      rejection: { code: 'classify.not-award-report' },
    });

    const rejected = (await articles.countByStage()).rejected;
    await articles.prune({ now: new Date(Date.now() + 31 * 86_400_000), everyMs: 1 });
    expect(
      await services.mongo.db
        .collection<{ _id: string }>(LedgerCollection)
        .findOne({ _id: articleId }),
    ).toBeNull();
    expect((await articles.countByStage()).rejected).toBe(rejected! - 1);
  });

  it('keeps an article about the award whole, with its compressed page, for good', async () => {
    const articles = open();
    const { articleId } = await articles.insertIfNew(found('https://contoh.id/juara'));
    const html = Buffer.from('<html><body>' + 'Paritrana '.repeat(1000) + '</body></html>');
    await articles.saveFetched(articleId, fetched, { body: html, contentType: 'text/html' });
    const read = await articles.readFetched(articleId);
    await articles.keep(read!.article, read!.page);
    await articles.saveClassified(articleId, classification);
    await articles.saveRecorded(articleId, ['k1']);
    expect((await articles.getPage(articleId))?.equals(html)).toBe(true);
    expect(await articles.getKept(articleId)).toMatchObject({
      text: fetched.text,
      stage: 'recorded',
      awardKeys: ['k1'],
    });
    const line = await services.mongo.db
      .collection<{ _id: string }>(LedgerCollection)
      .findOne({ _id: articleId });
    expect(line).toMatchObject({ stage: 'recorded', kept: true, expiresAt: null });
    // an article about the award is seen for good
    expect(await services.redis.pttl(flightKeys(services.prefix).seen(articleId))).toBe(-1);
  });

  it('says when the fetched text expired, so the article is fetched again', async () => {
    const articles = open(50);
    const { articleId } = await articles.insertIfNew(found('https://contoh.id/lama'));
    await articles.saveFetched(articleId, fetched);
    await new Promise((r) => setTimeout(r, 120));
    expect(await articles.readFetched(articleId)).toBeNull();
    expect(await articles.refetch(articleId)).toBe(true);
    expect((await articles.get(articleId)).stage).toBe('discovered');
  });

  it('counts every move of racing writers: one wins each move', async () => {
    const articles = open();
    const ids = await Promise.all(
      Array.from({ length: 40 }, (_, i) => articles.insertIfNew(found(`https://contoh.id/r${i}`))),
    );
    const before = await articles.countByStage();
    const wins = await Promise.all(
      ids.flatMap(({ articleId }) => [
        articles.fail(articleId, { stage: 'fetch', code: 'pipeline.stuck', message: 'sweep' }),
        articles.saveFetched(articleId, fetched),
      ]),
    );
    expect(wins.filter(Boolean).length).toBeGreaterThanOrEqual(40);
    const after = await articles.countByStage();
    const total = (c: Record<string, number>) => Object.values(c).reduce((s, n) => s + n, 0);
    expect(total(after)).toBe(total(before));
    expect(after.discovered).toBe(before.discovered! - 40);
  });

  it('finds articles whose stage has not moved', async () => {
    const articles = open();
    const { articleId } = await articles.insertIfNew(found('https://contoh.id/d'));
    const stuck = await articles.findStuck(new Date(Date.now() + 1000));
    expect(stuck.map((s) => s._id)).toContain(articleId);
  });
});
