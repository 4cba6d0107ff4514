import type { NewArticle } from '@pw/storage';

/** An article as the crawler first sees it in a feed, at `url` (for tests that start one). */
export const foundArticle = (url: string): NewArticle => ({
  url,
  feedUrl: null,
  sourceId: null,
  outlet: 'contoh.id',
  title: null,
  publishedAt: null,
});
