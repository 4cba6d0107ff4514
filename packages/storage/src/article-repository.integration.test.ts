import { describe, expect, it } from 'vitest';
import { useServices } from '../../../test/support/use-services.ts';
import { createArticleRepository } from './article-repository.ts';

const found = (url: string) => ({
  url,
  feedUrl: 'http://127.0.0.1/feed',
  sourceId: 'test',
  outlet: 'contoh.id',
  title: 'Judul',
  publishedAt: null,
});

describe('article repository', () => {
  const services = useServices();

  it('keeps one article per canonical URL', async () => {
    const articles = createArticleRepository(services.mongo.db);
    const a = await articles.insertIfNew(found('https://contoh.id/a'));
    const b = await articles.insertIfNew(found('https://contoh.id/a'));
    expect(a.created).toBe(true);
    expect(b).toEqual({ articleId: a.articleId, created: false });
    const article = await articles.get(a.articleId);
    expect(article.stage).toBe('discovered');
    expect(article.failure).toBeNull();
  });

  it('moves through the stages and records a failure with its reason', async () => {
    const articles = createArticleRepository(services.mongo.db);
    const { articleId } = await articles.insertIfNew(found('https://contoh.id/b'));
    expect(
      await articles.saveClassified(articleId, {
        language: 'ind',
        kind: 'results',
        score: 1,
        signals: [],
      }),
    ).toBe(false);
    await articles.saveFetched(articleId, {
      title: 'Judul',
      text: 'Teks',
      htmlLang: 'id',
      publishedAt: null,
      outlet: 'contoh.id',
      author: null,
      clusterId: null,
      fingerprint: null,
    });
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
    expect((await articles.countByStage()).failed).toBe(1);
  });

  it('keeps the raw page compressed and gives it back', async () => {
    const articles = createArticleRepository(services.mongo.db);
    const { articleId } = await articles.insertIfNew(found('https://contoh.id/c'));
    const html = Buffer.from('<html><body>' + 'Paritrana '.repeat(1000) + '</body></html>');
    await articles.savePage(articleId, html, 'text/html');
    expect((await articles.getPage(articleId))?.equals(html)).toBe(true);
  });

  it('finds articles whose stage has not moved', async () => {
    const articles = createArticleRepository(services.mongo.db);
    const { articleId } = await articles.insertIfNew(found('https://contoh.id/d'));
    const stuck = await articles.findStuck(new Date(Date.now() + 1000));
    expect(stuck.map((s) => s._id)).toContain(articleId);
  });
});
