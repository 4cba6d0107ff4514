import type { Article } from '@pw/domain';
import type { ArticleText } from './types.ts';

/** The reader's view of a stored article: the workers and the CLI read the same text. */
export function fromStoredArticle(article: Article): ArticleText {
  return {
    id: article._id,
    url: article.url,
    outlet: article.outlet,
    title: article.title,
    text: [article.title, article.text].filter(Boolean).join('\n\n'),
    htmlLang: article.htmlLang,
    publishedAt: article.publishedAt?.toISOString() ?? null,
  };
}
