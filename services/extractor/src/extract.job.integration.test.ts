import { MongoClient } from 'mongodb';
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '@pw/runtime';
import { createArticleRepository, createAwardRepository, LedgerCollection } from '@pw/storage';
import { foundArticle as found } from '../../../test/support/found-article.ts';
import { useServices } from '../../../test/support/use-services.ts';
import { extractJob } from './extract.job.ts';

// written for this test
const text =
  'Pemerintah Kabupaten Sleman meraih Paritrana Award 2024 tingkat Provinsi DI Yogyakarta ' +
  'kategori pemerintah kabupaten/kota. Penghargaan diserahkan Gubernur di Yogyakarta, Senin.';

describe('extract job', () => {
  const services = useServices();
  const ctx = { log: createLogger({ logLevel: 'silent' }) } as never;
  // a document store that is away: nothing listens on this port
  const away = new MongoClient('mongodb://127.0.0.1:9/', {
    serverSelectionTimeoutMS: 300,
    retryWrites: false,
  });
  afterAll(() => away.close());

  it('writes the ledger line on the retry when the store was away at the final move', async () => {
    const hot = { redis: services.redis, prefix: services.prefix };
    const articles = createArticleRepository(services.mongo.db, hot);
    const awards = createAwardRepository(services.mongo.db);
    const { articleId } = await articles.insertIfNew(found('https://contoh.id/sleman-2024'));
    await articles.saveFetched(articleId, {
      title: 'Sleman raih Paritrana Award',
      text,
      htmlLang: 'id',
      publishedAt: new Date('2024-11-04T03:00:00Z'),
      outlet: 'contoh.id',
      author: null,
      clusterId: null,
      fingerprint: null,
    });
    await articles.keep((await articles.readFetched(articleId))!.article, null);
    await articles.saveClassified(articleId, {
      language: 'ind',
      kind: 'results',
      score: 1,
      signals: [],
    });

    // the move to `recorded` is made in Redis, then the ledger line cannot be written
    const storeAway = createArticleRepository(away.db('x'), hot);
    await expect(extractJob({ articles: storeAway, awards })({ articleId }, ctx)).rejects.toThrow();
    const ledger = services.mongo.db.collection(LedgerCollection);
    expect(await ledger.findOne({ _id: articleId as never })).toBeNull();
    expect((await articles.get(articleId)).stage).toBe('recorded');

    // the retry finds the article already `recorded`: it still owes the line, and writes it
    await extractJob({ articles, awards })({ articleId }, ctx);
    expect(await ledger.findOne({ _id: articleId as never })).toMatchObject({ stage: 'recorded' });
    expect(await articles.findStuck(new Date(Date.now() + 60_000))).toEqual([]);
    expect((await articles.countByStage()).recorded).toBe(1);
  });
});
